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
        DocumentStore store = new DocumentStore(new StorageSettings(dir));
        UUID patient = UUID.randomUUID();
        UUID document = UUID.randomUUID();

        DocumentStore.StoredFile stored =
                store.store(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), patient, document);

        assertThat(stored.relativePath()).isEqualTo(patient + "/" + document);
        assertThat(stored.size()).isEqualTo(3);
        assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(store.resolve(stored.relativePath())).hasContent("abc");
        assertThat(dir.resolve(".incoming")).isEmptyDirectory();
    }

    @Test
    void aStreamThatBreaksLeavesNoFileBehind() {
        DocumentStore store = new DocumentStore(new StorageSettings(dir));
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
    void storedPathsCannotEscapeTheDirectory() {
        DocumentStore store = new DocumentStore(new StorageSettings(dir));

        assertThatThrownBy(() -> store.resolve("../outside")).isInstanceOf(IllegalArgumentException.class);
    }
}
