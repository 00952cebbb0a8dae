package org.gongpei.datasets.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCountyTest {

    @Test
    void theSameSeedWritesTheSameFileWithTheAskedJunctionsAndVillages(@TempDir Path dir) throws IOException {
        ScaleCounty.Generated first = ScaleCounty.write(dir.resolve("a.osm.gz"), 30, 50, 7);
        ScaleCounty.write(dir.resolve("b.osm.gz"), 30, 50, 7);
        assertThat(Files.readAllBytes(dir.resolve("a.osm.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.osm.gz")));
        assertThat(first.junctions()).isEqualTo(900);
        assertThat(first.villages()).hasSize(50);
        assertThat(first.villages().stream().map(v -> v.lat() + "," + v.lon()).distinct()).hasSize(50);
        String xml;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("a.osm.gz")))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml.split("<node ", -1)).hasSize(901);
        assertThat(xml.split("v=\"village\"", -1)).hasSize(51);
        assertThat(xml).contains("v=\"secondary\"").contains("v=\"tertiary\"").contains("v=\"unclassified\"");
    }
}
