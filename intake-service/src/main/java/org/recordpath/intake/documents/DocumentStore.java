package org.recordpath.intake.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
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
 * Document bytes on local disk under {@code <directory>/<patient>/<document>}, encrypted with the active storage key
 * ({@link EncryptedFiles}). A file is streamed through the cipher to a temporary file in the same directory tree
 * while the SHA-256 of its plaintext is computed, forced to the device, then moved into place atomically: a stored
 * file is always complete. Files of rows without a key id (written before encryption) are read as they are.
 */
class DocumentStore {
    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final Path root;
    private final Path incoming;
    private final ProcessFolder workFolder;
    private final Path work;
    private final StorageKeys keys;

    DocumentStore(StorageSettings settings, StorageKeys keys) {
        this.root = settings.directory().toAbsolutePath().normalize();
        this.incoming = root.resolve(".incoming");
        this.keys = keys;
        try {
            Files.createDirectories(incoming);
            StorageKeys.restrict(root);
            StorageKeys.restrict(incoming);
            // #11: plaintext working copies live in this process's folder; those of dead processes go at start-up
            this.workFolder = ProcessFolder.claim(root.resolve(".work"));
            this.work = workFolder.path();
        } catch (IOException e) {
            throw new UncheckedIOException("document directory " + root + " cannot be created", e);
        }
    }

    /**
     * What was stored: where (relative to the store), how many plaintext bytes, their SHA-256 in hex, and the id of
     * the key the file is encrypted with.
     */
    record StoredFile(String relativePath, long size, String sha256, String keyId) {}

    StoredFile store(InputStream content, UUID patientId, UUID documentId) throws IOException {
        Path temp = incoming.resolve(documentId + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String keyId = keys.activeId();
            long size;
            try (FileChannel channel = FileChannel.open(
                    temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                try (DigestInputStream in = new DigestInputStream(content, sha);
                        OutputStream out = EncryptedFiles.encrypting(
                                new UnclosedOutputStream(Channels.newOutputStream(channel)), keyId, keys.active())) {
                    size = in.transferTo(out);
                }
                channel.force(true);
            }
            String relative = patientId + "/" + documentId;
            Path target = resolve(relative);
            Files.createDirectories(target.getParent());
            moveAtomically(temp, target);
            syncDirectory(target.getParent());
            return new StoredFile(relative, size, HexFormat.of().formatHex(sha.digest()), keyId);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The plaintext of a stored file as a stream; {@code keyId} null means it was stored unencrypted. */
    InputStream open(String relativePath, String keyId) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(resolve(relativePath)), 64 * 1024);
        if (keyId == null) {
            return raw;
        }
        try {
            return EncryptedFiles.decrypting(raw, keyId, keys.get(keyId));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * A plaintext copy for readers that need a file (the extraction library reads paths): owner-only permissions,
     * under {@code .work} in the document directory, deleted when closed.
     */
    PlaintextFile plaintextCopy(String relativePath, String keyId) throws IOException {
        Path copy = Files.createTempFile(work, "doc-", ".tmp");
        try {
            StorageKeys.restrict(copy);
            try (InputStream in = open(relativePath, keyId);
                    OutputStream out = Files.newOutputStream(copy, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
            return new PlaintextFile(copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /** At shutdown: no working copy outlives the process, even of a job a worker is still reading. */
    void close() {
        workFolder.delete();
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

    /** Lets the cipher stream finish without closing the channel, which is forced to the device afterwards. */
    private static final class UnclosedOutputStream extends java.io.FilterOutputStream {
        UnclosedOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
