package org.recordpath.intake.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 keys documents are encrypted with, by key id. New files use the active key; every configured key can
 * still decrypt the files written under it, so a key is rotated by adding a new one, making it active and keeping the
 * old one configured.
 */
final class StorageKeys {
    static final String LOCAL_KEY_ID = "local";
    private static final Logger log = LoggerFactory.getLogger(StorageKeys.class);
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Map<String, SecretKey> keys;
    private final String active;

    StorageKeys(Map<String, SecretKey> keys, String active) {
        this.keys = Map.copyOf(keys);
        this.active = Objects.requireNonNull(active, "active");
        if (!this.keys.containsKey(active)) {
            throw new IllegalStateException("the active storage key '" + active + "' is not configured");
        }
    }

    /**
     * The configured keys, or else a local key read from (or generated into) {@code keyFile} when that is allowed.
     *
     * @throws IllegalStateException when no key is configured and none may be generated, or a key is malformed
     */
    static StorageKeys from(StorageSettings settings) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        settings.keys().forEach((id, value) -> keys.put(checkedId(id), decode(id, value)));
        String active = settings.activeKey();
        if (settings.key() != null) {
            int colon = settings.key().indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(
                        "recordpath.storage.key (RECORDPATH_STORAGE_KEY) must be <id>:<base64>");
            }
            String id = checkedId(settings.key().substring(0, colon));
            keys.put(id, decode(id, settings.key().substring(colon + 1)));
            active = active == null ? id : active;
        }
        if (keys.isEmpty()) {
            if (!settings.generateKey() || settings.keyFile() == null) {
                throw new IllegalStateException("no document storage key is configured: set RECORDPATH_STORAGE_KEY"
                        + " (<id>:<base64 of 32 random bytes>) or recordpath.storage.keys.<id>");
            }
            keys.put(LOCAL_KEY_ID, localKey(settings.keyFile()));
            active = active == null ? LOCAL_KEY_ID : active;
        }
        if (active == null) {
            if (keys.size() != 1) {
                throw new IllegalStateException(
                        "several storage keys are configured: set recordpath.storage.active-key to one of them");
            }
            active = keys.keySet().iterator().next();
        }
        return new StorageKeys(keys, active);
    }

    String activeId() {
        return active;
    }

    SecretKey active() {
        return keys.get(active);
    }

    /** @throws IllegalStateException when the key a document was written with is no longer configured */
    SecretKey get(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException(
                    "storage key '" + id + "' is not configured; it is needed to read a" + " document written with it");
        }
        return key;
    }

    static SecretKey decode(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("storage key '" + id + "' is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("storage key '" + id + "' must be 32 bytes (AES-256), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String checkedId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException("a storage key id is 1-64 of A-Z a-z 0-9 . _ -");
        }
        return id;
    }

    /** Reads the local key file, or creates it (owner-only) with a new random key. */
    private static SecretKey localKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                String encoded = Base64.getEncoder().encodeToString(key) + "\n";
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".key", ".part");
                try {
                    restrict(temp);
                    Files.writeString(temp, encoded, StandardCharsets.US_ASCII);
                    Files.move(temp, file);
                    log.warn(
                            "generated a local document storage key in {}; configure RECORDPATH_STORAGE_KEY in"
                                    + " production and keep a copy of this file, or its documents cannot be read",
                            file);
                } catch (FileAlreadyExistsException raced) {
                    log.debug("another process created the local key first");
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            return decode(LOCAL_KEY_ID, Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("the local storage key " + file + " cannot be read or created", e);
        }
    }

    static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(
                    file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwx------" : "rw-------"));
        }
    }
}
