package org.recordpath.intake.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of this process for plaintext it has to put on disk (decrypted working copies, multipart parts being
 * uploaded), owner-only, held by a file lock for as long as the process lives (#11). When a process claims its
 * folder it removes the folders of processes that died (SIGKILL, a crash, a power cut): their lock is free. Live
 * processes sharing the parent (several nodes on one data folder) keep theirs. The operating system releases the lock
 * of a dead process, so no plaintext outlives a restart.
 */
public final class ProcessFolder {
    private static final Logger log = LoggerFactory.getLogger(ProcessFolder.class);
    private static final String LOCK = ".lock";
    private static final Duration CLAIMING = Duration.ofMinutes(1);

    private final Path path;

    /** Holds the lock for as long as it is open. */
    private final FileChannel channel;

    private ProcessFolder(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    public Path path() {
        return path;
    }

    /** Deletes this process's folder and what is in it (at shutdown: a reader still running loses its copy). */
    void delete() {
        try {
            channel.close();
            deleteTree(path);
        } catch (IOException e) {
            log.warn("could not delete {}; it is removed at the next start", path.getFileName(), e);
        }
    }

    /** Removes the folders of dead processes under {@code parent} and claims a new one for this process. */
    public static ProcessFolder claim(Path parent) {
        try {
            Files.createDirectories(parent);
            StorageKeys.restrict(parent);
            removeDead(parent);
            Path folder = parent.resolve(ProcessHandle.current().pid() + "-"
                    + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(folder);
            StorageKeys.restrict(folder);
            FileChannel channel =
                    FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                throw new IOException("the new folder " + folder + " is locked by another process");
            }
            return new ProcessFolder(folder, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim a folder under " + parent, e);
        }
    }

    /** Deletes what dead processes left under {@code parent}: their folders and loose files. */
    static void removeDead(Path parent) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                if (!Files.isDirectory(entry)) {
                    Files.deleteIfExists(entry);
                } else if (dead(entry)) {
                    deleteTree(entry);
                    log.info("removed {} left by a process that ended", entry.getFileName());
                }
            }
        }
    }

    private static boolean dead(Path folder) throws IOException {
        if (folder.getFileName().toString().startsWith(ProcessHandle.current().pid() + "-")) {
            // this process's own (another application context): never opened here, since closing any channel
            // of a file releases every lock the process holds on it
            return false;
        }
        Path lock = folder.resolve(LOCK);
        if (!Files.exists(lock)) {
            // a folder being claimed right now has no lock file for an instant
            return Files.getLastModifiedTime(folder)
                    .toInstant()
                    .isBefore(Instant.now().minus(CLAIMING));
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return false;
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM holds it (another application context of the same process)
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
