package org.recordpath.intake.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Who holds a job lease (#11): a node id kept per data folder, host and slot ({@code <data-dir>/nodes/<host>/slot-n},
 * see {@link #load}), and this process's token, so that lease owners read {@code <node>/<process>-<worker>}. A restarted node knows that
 * every lease of its node id not held by its own process belongs to a process of its own that died, and frees those
 * jobs at once instead of waiting out the lease. Nodes on other hosts sharing the data folder have ids of their own.
 */
record NodeIdentity(String node, String process) {
    private static final int OWNER_MAX = 100;
    private static final int MAX_SLOTS = 64;
    /** The slot channels of this process, kept open: the lock lives as long as the channel. */
    private static final java.util.Map<String, FileChannel> HELD = new java.util.concurrent.ConcurrentHashMap<>();

    NodeIdentity {
        if (node.isEmpty() || node.contains("/") || node.contains("%") || node.contains("_")) {
            throw new IllegalArgumentException("a node id is a non-empty token without / % _");
        }
    }

    /**
     * The node id of this process in the data folder: the first free slot of {@code <data-dir>/nodes/<host>/}, held by
     * a file lock while the process lives. A process restarted after a crash finds its predecessor's slot free again
     * and takes over its id; live processes on the same host and folder (a web node and {@code bin/worker}) hold
     * slots, and ids, of their own, so none frees another's live jobs.
     */
    static NodeIdentity load(Path dataDir) {
        Path folder = dataDir.resolve("nodes").resolve(hostName());
        try {
            if (Files.isRegularFile(folder)) {
                Files.delete(folder); // a node id file of an earlier build
            }
            Files.createDirectories(folder);
            for (int slot = 0; slot < MAX_SLOTS; slot++) {
                Path file = folder.resolve("slot-" + slot);
                FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by another application context of this process
                }
                if (lock == null) {
                    continue; // closing would release this process's lock on it: keep the channel
                }
                restrictQuietly(file);
                String id = new String(
                                Channels.newInputStream(channel.position(0)).readAllBytes(), StandardCharsets.US_ASCII)
                        .strip();
                if (id.isEmpty()) {
                    id = randomToken();
                    channel.write(java.nio.ByteBuffer.wrap(id.getBytes(StandardCharsets.US_ASCII)), 0);
                    channel.force(true);
                }
                HELD.put(id, channel);
                return new NodeIdentity(id, processToken());
            }
            throw new IOException("all " + MAX_SLOTS + " node slots in " + folder + " are held by live processes");
        } catch (IOException e) {
            throw new UncheckedIOException("no node id in " + folder, e);
        }
    }

    /** Gives the slot up (a process ending; tests of a restart). */
    void release() {
        FileChannel channel = HELD.remove(node);
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }
    }

    private static void restrictQuietly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    /** A node id of this process only (tests): it never frees another process's jobs. */
    static NodeIdentity ephemeral() {
        return new NodeIdentity(randomToken(), processToken());
    }

    /** The lease owner of one worker of this process. */
    String owner(String worker) {
        String owner = node + "/" + process + "-" + worker;
        return owner.length() <= OWNER_MAX ? owner : owner.substring(0, OWNER_MAX);
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "-");
            return host.isEmpty() ? "localhost" : host;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String randomToken() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String processToken() {
        return ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
