package org.gongpei.maps;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a matrix cache directory within a size: least recently used files first out, by modification time,
 * which a cache hit renews. A file deleted while another thread reads it stays readable to that reader.
 */
final class MatrixCacheEviction {

    private static final Logger LOG = LoggerFactory.getLogger(MatrixCacheEviction.class);

    private MatrixCacheEviction() {
    }

    /** Marks a cache file as just used. */
    static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.debug("Cannot touch matrix cache file {}: {}", file, e.toString());
        }
    }

    /**
     * Deletes the least recently used matrix files of {@code directory} until they take at most
     * {@code maxBytes}; {@code keep} (the file just written) is never deleted.
     */
    static void evict(Path directory, long maxBytes, Path keep) {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "matrix-*.bin")) {
            for (Path file : files) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    entries.add(new Entry(file, attributes.size(), attributes.lastModifiedTime().toMillis()));
                    total += attributes.size();
                } catch (NoSuchFileException e) {
                    // evicted by another thread meanwhile
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list matrix cache directory {}: {}", directory, e.toString());
            return;
        }
        if (total <= maxBytes) {
            return;
        }
        entries.sort(Comparator.comparingLong(Entry::lastUsedMillis));
        for (Entry entry : entries) {
            if (total <= maxBytes) {
                break;
            }
            if (entry.file().equals(keep)) {
                continue;
            }
            try {
                Files.deleteIfExists(entry.file());
                total -= entry.bytes();
            } catch (IOException e) {
                LOG.warn("Cannot delete matrix cache file {}: {}", entry.file(), e.toString());
            }
        }
    }

    private record Entry(Path file, long bytes, long lastUsedMillis) {
    }
}
