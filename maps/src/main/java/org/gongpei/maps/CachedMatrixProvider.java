package org.gongpei.maps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps the matrices of another provider on disk, one file per (provider settings, point set):
 * {@code <dir>/matrix-<sha256>.bin} where the hash covers {@link MatrixProvider#cacheKey()} (for
 * road matrices: graph hash, profile, snap limit) and every location's label and coordinates.
 * The file is little-endian: magic {@code GPMX}, format version, size n, n² distances in metres,
 * n² times in seconds (doubles). A file that does not match is recomputed and replaced.
 *
 * <p>The directory is bounded: after each write, the least recently used matrix files are deleted until the
 * directory's matrices take at most the given number of bytes (a file read from the cache counts as used).
 */
public final class CachedMatrixProvider implements MatrixProvider {

    private static final Logger LOG = LoggerFactory.getLogger(CachedMatrixProvider.class);
    private static final int MAGIC = 0x584d5047;
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 12;

    /** The default bound of a cache directory: 256 MiB, about thirty matrices of 1,000 points. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    private final MatrixProvider delegate;
    private final Path directory;
    private final long maxBytes;

    /**
     * A cache bounded at {@link #DEFAULT_MAX_BYTES}.
     *
     * @param delegate  computes a matrix on a cache miss
     * @param directory where the cache files live; created when missing
     */
    public CachedMatrixProvider(MatrixProvider delegate, Path directory) {
        this(delegate, directory, DEFAULT_MAX_BYTES);
    }

    /**
     * @param delegate  computes a matrix on a cache miss
     * @param directory where the cache files live; created when missing
     * @param maxBytes  the most bytes the directory's matrix files may take; older files are deleted beyond
     */
    public CachedMatrixProvider(MatrixProvider delegate, Path directory, long maxBytes) {
        if (delegate == null) {
            throw new IllegalArgumentException("A matrix provider to cache must be given");
        }
        if (directory == null) {
            throw new IllegalArgumentException("A cache directory must be given");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The matrix cache's size limit must be positive, was " + maxBytes);
        }
        this.delegate = delegate;
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /** @return the cache file the matrix of these locations is stored in */
    public Path cacheFile(List<Location> locations) {
        MessageDigest digest = GraphStore.sha256();
        digest.update(delegate.cacheKey().getBytes(StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.allocate(16);
        for (Location location : locations) {
            digest.update((byte) 0);
            digest.update(location.label().getBytes(StandardCharsets.UTF_8));
            buffer.clear();
            buffer.putDouble(location.latitude()).putDouble(location.longitude());
            digest.update(buffer.array());
        }
        return directory.resolve("matrix-" + HexFormat.of().formatHex(digest.digest()) + ".bin");
    }

    @Override
    public TravelMatrix matrix(List<Location> locations) {
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("At least one location is needed");
        }
        Path file = cacheFile(locations);
        if (Files.isRegularFile(file)) {
            TravelMatrix cached = read(file, locations.size());
            if (cached != null) {
                MatrixCacheEviction.touch(file);
                return cached;
            }
        }
        TravelMatrix matrix = delegate.matrix(locations);
        write(file, matrix);
        MatrixCacheEviction.evict(directory, maxBytes, file);
        return matrix;
    }

    private TravelMatrix read(Path file, int n) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long cells = (long) n * n;
            if (channel.size() != HEADER_BYTES + 16 * cells) {
                LOG.warn("Ignoring matrix cache file {} of unexpected size", file);
                return null;
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(header, 0);
            header.flip();
            if (header.getInt() != MAGIC || header.getInt() != VERSION || header.getInt() != n) {
                LOG.warn("Ignoring matrix cache file {} with a wrong header", file);
                return null;
            }
            ByteBuffer data = channel.map(FileChannel.MapMode.READ_ONLY, HEADER_BYTES, 16 * cells)
                    .order(ByteOrder.LITTLE_ENDIAN);
            double[] metres = new double[(int) cells];
            double[] seconds = new double[(int) cells];
            data.asDoubleBuffer().get(metres).get(seconds);
            return new TravelMatrix(n, metres, seconds, false);
        } catch (IOException e) {
            LOG.warn("Cannot read matrix cache file {}: {}", file, e.toString());
            return null;
        }
    }

    private void write(Path file, TravelMatrix matrix) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, "matrix-", ".tmp");
            long cells = (long) matrix.size() * matrix.size();
            ByteBuffer buffer = ByteBuffer.allocate((int) (HEADER_BYTES + 16 * cells)).order(ByteOrder.LITTLE_ENDIAN);
            buffer.putInt(MAGIC).putInt(VERSION).putInt(matrix.size());
            buffer.asDoubleBuffer().put(matrix.distancesMetresUnsafe()).put(matrix.timesSecondsUnsafe());
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                buffer.position(0);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write matrix cache file " + file, e);
        }
    }

    @Override
    public String cacheKey() {
        return delegate.cacheKey();
    }
}
