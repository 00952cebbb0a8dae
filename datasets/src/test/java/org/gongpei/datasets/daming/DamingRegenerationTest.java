package org.gongpei.datasets.daming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.gongpei.datasets.DemoCounties;
import org.junit.jupiter.api.Test;

/** The committed files are exactly what the generator writes with the default seed. */
class DamingRegenerationTest {

    private static final String DIR = "/org/gongpei/datasets/daming/";

    @Test
    void regeneratingWithTheDefaultSeedGivesTheCommittedFiles() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "daming-regeneration-test"));
        DamingGenerator.generate(out, DamingGenerator.DEFAULT_SEED);
        for (String file : new String[] {"county.json", "demand-down-week.csv", "demand-up-week.csv"}) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(committed(file));
        }
        // compare the OSM XML itself: gzip framing is fixed (no timestamp), but the deflate bytes
        // belong to the JDK's zlib, which the committed file must not be tied to
        assertThat(gunzip(Files.readAllBytes(out.resolve("roads.osm.gz")))).isEqualTo(gunzip(committed("roads.osm.gz")));
    }

    @Test
    void anotherSeedGivesAnotherLayout() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "daming-regeneration-test-other-seed"));
        DamingGenerator.generate(out, DamingGenerator.DEFAULT_SEED + 1);
        assertThat(Files.readAllBytes(out.resolve("county.json"))).isNotEqualTo(committed("county.json"));
    }

    private static byte[] committed(String file) throws IOException {
        try (InputStream in = DemoCounties.open(DIR + file)) {
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
