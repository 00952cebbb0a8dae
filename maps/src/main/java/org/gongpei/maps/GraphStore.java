package org.gongpei.maps;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
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

/** Graph directories: their content-and-profile hash, the import into them, GraphHopper's setup. */
final class GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);
    private static final String ENCODED_VALUES =
            "car_access, car_average_speed, road_access, road_class, max_weight, max_height, max_width, hgv";

    private GraphStore() {
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
    static void importGraph(Path osmFile, Path graphRoot, Path graphDir) throws IOException {
        Files.createDirectories(graphRoot);
        Path tmp = Files.createTempDirectory(graphRoot, "import-");
        LOG.info("Importing {} into {} with profiles {} (contraction hierarchies for each)", osmFile, graphDir,
                Arrays.toString(VehicleProfile.values()));
        long start = System.nanoTime();
        try {
            GraphHopper importer = newHopper(tmp);
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
        GraphHopper hopper = new GraphHopper();
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
