package org.gongpei.service.roads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.maps.ExtractCutter;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/**
 * Large extracts on the server and the counties' networks cut from them. An extract is registered by its path under
 * {@code gongpei.roads.extract-dir} only (no other path is accepted, nor a link leading out of it); a cut is the
 * county's outline widened by a buffer, made by osmium-tool ({@link ExtractCutter}) into the graph directory and
 * stored by content hash like an upload.
 */
@ApplicationScoped
public class RoadExtracts {

    /** The job's step while osmium cuts the county out of the extract. */
    static final String CUTTING = "CUTTING";
    /** Largest buffer around a county's outline, metres. */
    public static final double MAX_BUFFER_METRES = 50_000;

    @ConfigProperty(name = "gongpei.roads.extract-dir", defaultValue = "data/extracts")
    Path extractDirectory;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    CountyService counties;

    @Inject
    StoredRoadNetworkRepository networks;

    @Inject
    StoredRoadExtractRepository extracts;

    /**
     * Registers a file of the extract directory (again: the same record, its size updated).
     *
     * @param file the path relative to the extract directory
     * @throws InvalidInputException when the path leaves the directory, names no file or no OSM extract
     */
    public RoadExtractView register(String file) {
        if (file == null || file.isBlank()) {
            throw invalid("file", "the extract's path under gongpei.roads.extract-dir is missing");
        }
        Path resolved = resolve(file);
        String extension = OsmUploads.extension(resolved.getFileName().toString());
        try {
            OsmUploads.checkContent(resolved, file, extension);
            long size = Files.size(resolved);
            String name = extractDirectory.toRealPath().relativize(resolved).toString();
            return QuarkusTransaction.requiringNew().call(() -> {
                StoredRoadExtract extract = extracts.findByFileName(name).orElseGet(StoredRoadExtract::new);
                extract.fileName = name;
                extract.sizeBytes = size;
                extract.registeredAt = OffsetDateTime.now();
                if (extract.id == null) {
                    extracts.persist(extract);
                }
                return view(extract);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the extract " + file, e);
        }
    }

    /** @return the registered extracts */
    public List<RoadExtractView> list() {
        return QuarkusTransaction.requiringNew().call(() -> extracts.listAll().stream()
                .map(RoadExtracts::view).toList());
    }

    /** Checks a cut before it is queued. @return the extract */
    StoredRoadExtract checkCut(String countyCode, long extractId, double bufferMetres) {
        CountyNetworkData county = counties.network(countyCode);
        StoredRoadExtract extract = QuarkusTransaction.requiringNew().call(() -> extracts.findById(extractId));
        if (extract == null) {
            throw new RoadExtractNotFoundException(extractId);
        }
        if (county.boundary() == null || county.boundary().isEmpty() || county.boundary().get(0).size() < 3) {
            throw invalid("boundary", "county " + countyCode + " has no outline to cut its roads by; import it with "
                    + "a boundary");
        }
        if (!(bufferMetres >= 0 && bufferMetres <= MAX_BUFFER_METRES)) {
            throw invalid("bufferMetres", "the buffer is 0 to " + (long) MAX_BUFFER_METRES + " metres, was "
                    + bufferMetres);
        }
        if (!ExtractCutter.available()) {
            throw new WebApplicationException("osmium-tool, which cuts counties out of extracts, is not installed on "
                    + "the server (apt-get install osmium-tool)", 503);
        }
        return extract;
    }

    /**
     * Cuts a queued network's county out of its extract and stores the cut by content hash.
     *
     * @return the cut, relative to the graph directory
     */
    String cut(long networkId) {
        StoredRoadNetwork network = QuarkusTransaction.requiringNew().call(() -> networks.findById(networkId));
        StoredRoadExtract extract = QuarkusTransaction.requiringNew()
                .call(() -> extracts.findById(network.extractId));
        CountyNetworkData county = counties.network(network.countyCode);
        List<double[]> outline = county.boundary().get(0).stream()
                .map(p -> new double[] {p.get(0), p.get(1)}).toList();
        try {
            Path directory = Files.createDirectories(roadNetworks.graphDirectory().resolve(OsmUploads.DIRECTORY));
            Path partial = directory.resolve("cut-" + networkId + ".osm.pbf");
            ExtractCutter.cut(resolve(extract.fileName), outline, network.bufferMetres, partial);
            MessageDigest digest = OsmUploads.sha256();
            try (InputStream in = Files.newInputStream(partial)) {
                byte[] buffer = new byte[1 << 16];
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            long size = Files.size(partial);
            Path target = directory.resolve(sha + ".osm.pbf");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String relative = OsmUploads.DIRECTORY + "/" + target.getFileName();
            QuarkusTransaction.requiringNew().run(() -> {
                StoredRoadNetwork stored = networks.findById(networkId);
                stored.osmFile = relative;
                stored.sizeBytes = size;
                stored.contentSha256 = sha;
            });
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the cut of road network " + networkId, e);
        }
    }

    /** @return the real path of a file under the extract directory */
    private Path resolve(String file) {
        try {
            Path root = extractDirectory.toRealPath();
            Path candidate = root.resolve(file).normalize();
            if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
                throw invalid("file", "no extract '" + file + "' in the extract directory (gongpei.roads.extract-dir); "
                        + "only files under it can be registered");
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(root)) {
                throw invalid("file", "'" + file + "' leads out of the extract directory (gongpei.roads.extract-dir)");
            }
            return real;
        } catch (InvalidPathException e) {
            throw invalid("file", "'" + file + "' is not a path: " + e.getMessage());
        } catch (IOException e) {
            throw invalid("file", "the extract directory (gongpei.roads.extract-dir) cannot be read: " + e.getMessage());
        }
    }

    private static RoadExtractView view(StoredRoadExtract extract) {
        return new RoadExtractView(extract.id, extract.fileName, extract.sizeBytes, extract.registeredAt);
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(InvalidInputException.Kind.INVALID, "The road extract cannot be used: "
                + message, List.of(new InputError(field, null, message)));
    }
}
