package org.gongpei.maps;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Graph directories: opening an extract (importing it once, then loading the import), their content-and-profile
 * hash, GraphHopper's setup with a profile and a contraction hierarchy per {@link VehicleProfile}.
 */
final class GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);
    private static final String ENCODED_VALUES =
            "car_access, car_average_speed, road_access, road_class, max_weight, max_height, max_width, hgv";

    private GraphStore() {
    }

    /**
     * A loaded graph.
     *
     * @param graphHash the hash of the OSM content and profile definitions
     * @param imported whether the file was imported, not loaded from an earlier import
     * @param importSeconds seconds spent importing and preparing (about 0 when loaded)
     */
    record Loaded(GraphHopper hopper, String graphHash, boolean imported, double importSeconds) {
    }

    /**
     * Imports the extract, or loads the graph imported earlier from the same content, read-only.
     *
     * @param osmFile   an {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} file
     * @param graphRoot directory holding one sub-directory per imported graph
     */
    static Loaded load(Path osmFile, Path graphRoot) {
        return load(osmFile, graphRoot, ImportProgress.NONE);
    }

    /** Like {@link #load(Path, Path)}, reporting the import's steps when the file is imported. */
    static Loaded load(Path osmFile, Path graphRoot, ImportProgress progress) {
        if (osmFile == null || !Files.isRegularFile(osmFile)) {
            throw new IllegalArgumentException("OSM file not found: " + osmFile);
        }
        if (graphRoot == null) {
            throw new IllegalArgumentException("Graph directory must be given");
        }
        String name = osmFile.getFileName().toString();
        if (!(name.endsWith(".osm.pbf") || name.endsWith(".osm") || name.endsWith(".osm.gz"))) {
            throw new IllegalArgumentException("OSM file must end with .osm.pbf, .osm or .osm.gz: " + osmFile);
        }
        try {
            if (Files.size(osmFile) == 0) {
                throw new IllegalArgumentException("OSM file cannot be empty: " + osmFile);
            }
            String hash = graphHash(osmFile);
            Path graphDir = graphRoot.resolve("graph-" + hash);
            boolean imported = false;
            long start = System.nanoTime();
            if (!Files.isRegularFile(graphDir.resolve("properties"))) {
                importGraph(osmFile, graphRoot, graphDir, progress);
                imported = true;
            }
            double importSeconds = (System.nanoTime() - start) / 1e9;
            GraphHopper hopper = newHopper(graphDir);
            hopper.setAllowWrites(false);
            if (!hopper.load()) {
                throw new IllegalStateException("Graph in " + graphDir + " could not be loaded; delete it to re-import");
            }
            LOG.info("Road network {} loaded from {}: {} nodes, {} edges", name, graphDir,
                    hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
            return new Loaded(hopper, hash, imported, importSeconds);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + osmFile, e);
        }
    }

    /**
     * @param osmResource URL of an {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} resource
     * @return the file of a {@code file:} URL, else a copy of the resource in {@code <graphRoot>/osm/<name>}
     */
    static Path localFile(URL osmResource, Path graphRoot) {
        if (osmResource == null) {
            throw new IllegalArgumentException("OSM resource not found (null URL)");
        }
        if (graphRoot == null) {
            throw new IllegalArgumentException("Graph directory must be given");
        }
        String path = osmResource.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            if ("file".equals(osmResource.getProtocol())) {
                return Path.of(osmResource.toURI());
            }
            Path copyDir = Files.createDirectories(graphRoot.resolve("osm"));
            Path tmp = Files.createTempFile(copyDir, "copy-", ".tmp");
            try (InputStream in = osmResource.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Path copy = copyDir.resolve(name);
            Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + osmResource, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid file URL: " + osmResource, e);
        }
    }

    /** SHA-256 of the file content, the encoded values and every profile's custom model; 24 hex digits. */
    static String graphHash(Path osmFile) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(osmFile)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        StringBuilder definitions = new StringBuilder(ENCODED_VALUES);
        for (VehicleProfile vehicle : VehicleProfile.values()) {
            definitions.append('|').append(vehicle.profileName()).append('=').append(vehicle.customModel());
        }
        digest.update(definitions.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    }

    /** Imports into a temporary directory and moves it into place only when complete. */
    static void importGraph(Path osmFile, Path graphRoot, Path graphDir, ImportProgress progress) throws IOException {
        Files.createDirectories(graphRoot);
        Path tmp = Files.createTempDirectory(graphRoot, "import-");
        LOG.info("Importing {} into {} with profiles {} (contraction hierarchies for each)", osmFile, graphDir,
                Arrays.toString(VehicleProfile.values()));
        long start = System.nanoTime();
        try {
            GraphHopper importer = configure(new ReportingHopper(progress), tmp);
            importer.setOSMFile(osmFile.toString());
            importer.importAndClose();
            if (Files.exists(graphDir)) {
                deleteRecursively(graphDir);
            }
            Files.move(tmp, graphDir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(tmp)) {
                deleteRecursively(tmp);
            }
        }
        LOG.info("Imported {} in {} s", osmFile.getFileName(), String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    static GraphHopper newHopper(Path graphDir) {
        return configure(new GraphHopper(), graphDir);
    }

    private static GraphHopper configure(GraphHopper hopper, Path graphDir) {
        hopper.setGraphHopperLocation(graphDir.toString());
        hopper.setEncodedValuesString(ENCODED_VALUES);
        List<Profile> profiles = new ArrayList<>();
        List<CHProfile> chProfiles = new ArrayList<>();
        for (VehicleProfile vehicle : VehicleProfile.values()) {
            profiles.add(new Profile(vehicle.profileName()).setCustomModel(vehicle.customModel()));
            chProfiles.add(new CHProfile(vehicle.profileName()));
        }
        hopper.setProfiles(profiles);
        hopper.getCHPreparationHandler().setCHProfiles(chProfiles);
        return hopper;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
