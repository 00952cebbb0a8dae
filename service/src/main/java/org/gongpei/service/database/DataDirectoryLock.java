package org.gongpei.service.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The claim of one gongpei process on an embedded data directory: an operating-system lock on the file
 * {@code <data directory>.lock} beside it, held for the life of the process. The operating system releases
 * it when the process ends in any way, {@code kill -9} included, so a lock that can be taken means that no
 * live gongpei uses the directory.
 */
final class DataDirectoryLock {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @return the lock, or empty when another live process holds it
     * @throws IOException when the lock file cannot be created
     */
    static Optional<DataDirectoryLock> tryAcquire(Path dataDirectory) throws IOException {
        Path file = lockFile(dataDirectory);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataDirectoryLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    /** @return the lock file of a data directory */
    static Path lockFile(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** Gives the directory up (the process's end does the same). */
    void release() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
