package org.recordpath.intake.documents;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where documents are kept and the keys they are encrypted with.
 *
 * @param directory where uploaded documents are kept ({@code ${recordpath.data-dir}/documents} by default)
 * @param keys key id → base64 of a 32-byte AES key; old ids stay here so their documents still decrypt
 * @param activeKey the key id new documents are encrypted with (the only key, when there is one)
 * @param key one key as {@code <id>:<base64>} ({@code RECORDPATH_STORAGE_KEY}), added to {@code keys}
 * @param keyFile where a local key is generated and kept when no key is configured
 * @param generateKey whether to generate a local key when none is configured (false in {@code prod})
 */
@ConfigurationProperties("recordpath.storage")
record StorageSettings(
        Path directory,
        Map<String, String> keys,
        String activeKey,
        String key,
        Path keyFile,
        @DefaultValue("true") boolean generateKey) {
    StorageSettings {
        Objects.requireNonNull(directory, "recordpath.storage.directory");
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        activeKey = activeKey == null || activeKey.isBlank() ? null : activeKey.strip();
        key = key == null || key.isBlank() ? null : key.strip();
    }

    /** Settings with only a directory: a key generated under it (tests of the store). */
    static StorageSettings inDirectory(Path directory) {
        return new StorageSettings(directory, Map.of(), null, null, directory.resolve(".keys/local.key"), true);
    }
}
