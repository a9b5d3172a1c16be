package org.recordpath.intake.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Who holds a job lease (#11): a node id kept per data folder and host ({@code <data-dir>/nodes/<host>}, created once),
 * and this process's token, so that lease owners read {@code <node>/<process>-<worker>}. A restarted node knows that
 * every lease of its node id not held by its own process belongs to a process of its own that died, and frees those
 * jobs at once instead of waiting out the lease. Nodes on other hosts sharing the data folder have ids of their own.
 */
record NodeIdentity(String node, String process) {
    private static final int OWNER_MAX = 100;

    NodeIdentity {
        if (node.isEmpty() || node.contains("/") || node.contains("%") || node.contains("_")) {
            throw new IllegalArgumentException("a node id is a non-empty token without / % _");
        }
    }

    /** The node id of this host in the data folder (created on first use, owner-only), and a new process token. */
    static NodeIdentity load(Path dataDir) {
        Path file = dataDir.resolve("nodes").resolve(hostName());
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.writeString(
                        Files.createFile(
                                file,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                        randomToken(),
                        StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException e) {
                // kept from an earlier start: the point
            } catch (UnsupportedOperationException e) {
                Files.writeString(file, randomToken(), StandardCharsets.US_ASCII);
            }
            return new NodeIdentity(
                    Files.readString(file, StandardCharsets.US_ASCII).strip(), processToken());
        } catch (IOException e) {
            throw new UncheckedIOException("the node id in " + file + " cannot be read or created", e);
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
