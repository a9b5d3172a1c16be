package org.recordpath.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Document bytes on local disk under {@code <directory>/<patient>/<document>}. A file is streamed to a temporary
 * file in the same directory tree while its SHA-256 is computed, forced to the device, then moved into place
 * atomically: a stored file is always complete.
 */
class DocumentStore {
    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final Path root;
    private final Path incoming;

    DocumentStore(StorageSettings settings) {
        this.root = settings.directory().toAbsolutePath().normalize();
        this.incoming = root.resolve(".incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("document directory " + root + " cannot be created", e);
        }
    }

    /** What was stored: where (relative to the store), how many bytes, their SHA-256 in hex. */
    record StoredFile(String relativePath, long size, String sha256) {}

    StoredFile store(InputStream content, UUID patientId, UUID documentId) throws IOException {
        Path temp = incoming.resolve(documentId + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (DigestInputStream in = new DigestInputStream(content, sha)) {
                size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String relative = patientId + "/" + documentId;
            Path target = resolve(relative);
            Files.createDirectories(target.getParent());
            moveAtomically(temp, target);
            syncDirectory(target.getParent());
            return new StoredFile(relative, size, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    Path resolve(String relativePath) {
        Path path = root.resolve(relativePath).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("stored path escapes the document directory");
        }
        return path;
    }

    void deleteQuietly(String relativePath) {
        try {
            Files.deleteIfExists(resolve(relativePath));
        } catch (IOException e) {
            log.warn("could not delete orphaned document file {}", relativePath, e);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the document directory does not support atomic moves", e);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            log.debug("directory sync not supported here", e);
        }
    }
}
