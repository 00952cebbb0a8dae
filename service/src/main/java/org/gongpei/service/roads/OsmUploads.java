package org.gongpei.service.roads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/**
 * Takes an uploaded OpenStreetMap file into the graph directory: checks its name and first bytes (so that a file
 * that is no OSM extract is refused at once, not in the import job), then stores it as
 * {@code <graph dir>/osm/<sha256>.<extension>}, once per content.
 */
final class OsmUploads {

    static final String DIRECTORY = "osm";
    private static final List<String> EXTENSIONS = List.of(".osm.pbf", ".osm.gz", ".osm");

    private OsmUploads() {
    }

    /**
     * A stored upload.
     *
     * @param relativePath the file under the graph directory
     * @param sha256 SHA-256 of its content, 64 hex digits
     * @param sizeBytes its size
     */
    record Stored(String relativePath, String sha256, long sizeBytes) {
    }

    /**
     * @param upload the uploaded file (a temporary file)
     * @param name the file's name as uploaded
     * @throws InvalidInputException (422) naming what is wrong with the file
     */
    static Stored store(Path upload, String name, Path graphDirectory) {
        String extension = extension(name);
        try {
            long size = Files.size(upload);
            if (size == 0) {
                throw invalid("the file " + name + " is empty");
            }
            checkContent(upload, name, extension);
            Path directory = Files.createDirectories(graphDirectory.resolve(DIRECTORY));
            Path partial = Files.createTempFile(directory, "upload-", ".part");
            try {
                MessageDigest digest = sha256();
                try (InputStream in = Files.newInputStream(upload);
                        OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
                    in.transferTo(out);
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                Path target = directory.resolve(sha + extension);
                if (Files.isRegularFile(target) && Files.size(target) == size) {
                    Files.delete(partial);
                } else {
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Stored(DIRECTORY + "/" + target.getFileName(), sha, size);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload " + name, e);
        }
    }

    static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().filter(lower::endsWith).findFirst().orElseThrow(() -> invalid(
                "the file " + name + " is no OpenStreetMap extract: its name must end with .osm.pbf, .osm or .osm.gz"));
    }

    /** An .osm.pbf starts with a block header naming {@code OSMHeader}; .osm is XML; .osm.gz is gzip of XML. */
    static void checkContent(Path upload, String name, String extension) throws IOException {
        byte[] head = new byte[64];
        int read;
        if (extension.equals(".osm.gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(upload))) {
                read = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                throw invalid("the file " + name + " is not gzip-compressed: " + e.getMessage());
            }
        } else {
            try (InputStream in = Files.newInputStream(upload)) {
                read = in.readNBytes(head, 0, head.length);
            }
        }
        String text = new String(head, 0, read, StandardCharsets.ISO_8859_1);
        if (extension.equals(".osm.pbf")) {
            int headerLength = read >= 4 ? ByteBuffer.wrap(head, 0, 4).getInt() : -1;
            if (headerLength <= 0 || headerLength > 64 * 1024 || !text.contains("OSMHeader")) {
                throw invalid("the file " + name + " is not an OpenStreetMap PBF file: it does not start with an "
                        + "OSMHeader block");
            }
        } else if (!text.replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading().startsWith("<")) {
            throw invalid("the file " + name + " is not OpenStreetMap XML: it does not start with '<'");
        }
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException(InvalidInputException.Kind.INVALID, "The road file cannot be imported: " + message,
                List.of(new InputError("file", null, message)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
