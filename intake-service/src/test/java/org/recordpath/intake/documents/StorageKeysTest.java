package org.recordpath.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageKeysTest {
    private static final String KEY_A = newKey();
    private static final String KEY_B = newKey();

    @TempDir
    Path dir;

    @Test
    void aDocumentStoredUnderKeyAStillReadsAfterKeyBBecomesActive() throws Exception {
        DocumentStore before = store(Map.of("a", KEY_A), "a");
        DocumentStore.StoredFile old = before.store(text("written under A"), UUID.randomUUID(), UUID.randomUUID());

        DocumentStore after = store(Map.of("a", KEY_A, "b", KEY_B), "b");
        DocumentStore.StoredFile fresh = after.store(text("written under B"), UUID.randomUUID(), UUID.randomUUID());

        assertThat(old.keyId()).isEqualTo("a");
        assertThat(fresh.keyId()).isEqualTo("b");
        assertThat(read(after, old)).isEqualTo("written under A");
        assertThat(read(after, fresh)).isEqualTo("written under B");
        DocumentStore withoutA = store(Map.of("b", KEY_B), "b");
        assertThatThrownBy(() -> withoutA.open(old.relativePath(), old.keyId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'a' is not configured");
    }

    @Test
    void withoutAConfiguredKeyProductionRefusesToStart() {
        StorageSettings prod = new StorageSettings(dir, Map.of(), null, null, dir.resolve("keys/storage.key"), false);

        assertThatThrownBy(() -> StorageKeys.from(prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RECORDPATH_STORAGE_KEY");
    }

    @Test
    void theDemoProfileGeneratesAnOwnerOnlyLocalKeyOnceAndKeepsIt() throws Exception {
        Path file = dir.resolve("keys/storage.key");
        StorageSettings demo = new StorageSettings(dir, Map.of(), null, null, file, true);

        StorageKeys first = StorageKeys.from(demo);
        StorageKeys second = StorageKeys.from(demo);

        assertThat(first.activeId()).isEqualTo(StorageKeys.LOCAL_KEY_ID);
        assertThat(second.active().getEncoded()).isEqualTo(first.active().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void theEnvironmentKeyIsIdColonBase64AndBecomesActive() {
        StorageKeys keys =
                StorageKeys.from(new StorageSettings(dir, Map.of("old", KEY_A), null, "2026a:" + KEY_B, null, false));

        assertThat(keys.activeId()).isEqualTo("2026a");
        assertThat(keys.get("old")).isNotNull();
    }

    @Test
    void malformedKeysAreRefused() {
        assertThatThrownBy(() ->
                        StorageKeys.from(new StorageSettings(dir, Map.of("a", "c2hvcnQ="), null, null, null, false)))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> StorageKeys.from(new StorageSettings(dir, Map.of(), null, KEY_A, null, false)))
                .hasMessageContaining("<id>:<base64>");
        assertThatThrownBy(() -> StorageKeys.from(
                        new StorageSettings(dir, Map.of("a", KEY_A, "b", KEY_B), null, null, null, false)))
                .hasMessageContaining("active-key");
        assertThatThrownBy(() -> StorageKeys.from(new StorageSettings(dir, Map.of("a", KEY_A), "c", null, null, false)))
                .hasMessageContaining("'c' is not configured");
    }

    private DocumentStore store(Map<String, String> keys, String active) {
        StorageSettings settings = new StorageSettings(dir, keys, active, null, null, false);
        return new DocumentStore(settings, StorageKeys.from(settings));
    }

    private static String read(DocumentStore store, DocumentStore.StoredFile file) throws Exception {
        try (InputStream in = store.open(file.relativePath(), file.keyId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ByteArrayInputStream text(String value) {
        return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
