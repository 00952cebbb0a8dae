package org.gongpei.planning.network;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@link CountyNetworkData} as JSON (record component names as keys). Output is
 * stable: objects indented by two spaces, arrays on one line, {@code \n} line ends on every OS.
 */
public final class CountyNetworkJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CountyNetworkJson() {
    }

    /**
     * @param in a JSON document in the exchange format; not closed
     * @return the county
     */
    public static CountyNetworkData read(InputStream in) {
        try {
            return MAPPER.readValue(in, CountyNetworkData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read county network JSON", e);
        }
    }

    /**
     * @param county the county
     * @return the JSON text, ending with a newline
     */
    public static String toJson(CountyNetworkData county) {
        try {
            return writer().writeValueAsString(county) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write county network JSON", e);
        }
    }

    /**
     * @param county the county
     * @param file where to write the JSON (UTF-8)
     */
    public static void write(CountyNetworkData county, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toJson(county));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static ObjectWriter writer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(printer);
    }
}
