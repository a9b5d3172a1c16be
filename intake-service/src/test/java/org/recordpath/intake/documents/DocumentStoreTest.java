package org.recordpath.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {
    @TempDir
    Path dir;

    @Test
    void storesTheBytesUnderPatientAndDocumentWithTheirSha256() throws Exception {
        DocumentStore store = store();
        UUID patient = UUID.randomUUID();
        UUID document = UUID.randomUUID();

        DocumentStore.StoredFile stored =
                store.store(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), patient, document);

        assertThat(stored.relativePath()).isEqualTo(patient + "/" + document);
        assertThat(stored.size()).isEqualTo(3);
        assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(stored.keyId()).isEqualTo(StorageKeys.LOCAL_KEY_ID);
        assertThat(new String(Files.readAllBytes(store.resolve(stored.relativePath())), StandardCharsets.ISO_8859_1))
                .doesNotContain("abc");
        try (InputStream in = store.open(stored.relativePath(), stored.keyId())) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(dir.resolve(".incoming")).isEmptyDirectory();
    }

    @Test
    void aStreamThatBreaksLeavesNoFileBehind() {
        DocumentStore store = store();
        UUID patient = UUID.randomUUID();
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.store(broken, patient, UUID.randomUUID()))
                .isInstanceOf(IOException.class);
        assertThat(dir.resolve(".incoming")).isEmptyDirectory();
        assertThat(Files.exists(dir.resolve(patient.toString()))).isFalse();
    }

    @Test
    void aPlaintextCopyIsOwnerOnlyAndGoneWhenClosed() throws Exception {
        DocumentStore store = store();
        DocumentStore.StoredFile stored = store.store(
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)),
                UUID.randomUUID(),
                UUID.randomUUID());

        Path copy;
        try (PlaintextFile plain = store.plaintextCopy(stored.relativePath(), stored.keyId())) {
            copy = plain.path();
            assertThat(copy).hasContent("abc");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
                    .isEqualTo("rw-------");
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void aFileWrittenBeforeEncryptionIsReadAsItIs() throws Exception {
        DocumentStore store = store();
        Files.createDirectories(dir.resolve("p"));
        Files.writeString(dir.resolve("p/d"), "plain");

        try (InputStream in = store.open("p/d", null)) {
            assertThat(in.readAllBytes()).isEqualTo("plain".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private DocumentStore store() {
        StorageSettings settings = StorageSettings.inDirectory(dir);
        return new DocumentStore(settings, StorageKeys.from(settings));
    }

    @Test
    void storedPathsCannotEscapeTheDirectory() {
        DocumentStore store = store();

        assertThatThrownBy(() -> store.resolve("../outside")).isInstanceOf(IllegalArgumentException.class);
    }
}
