package org.recordpath.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncryptedFilesTest {
    private static final SecretKey KEY = key(1);
    private static final int CHUNK = EncryptedFiles.CHUNK;

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5})
    void whatIsWrittenIsReadBackAcrossChunkBoundaries(int size) throws Exception {
        byte[] plain = random(size);

        byte[] sealed = encrypt(plain, "k1", KEY);

        assertThat(decrypt(sealed, "k1", KEY)).isEqualTo(plain);
        assertThat(sealed.length).isGreaterThan(size);
    }

    @Test
    void theSameContentEncryptsDifferentlyEachTime() throws Exception {
        byte[] plain = random(1000);

        assertThat(encrypt(plain, "k1", KEY)).isNotEqualTo(encrypt(plain, "k1", KEY));
    }

    @Test
    void anAlteredByteIsRefused() throws Exception {
        byte[] sealed = encrypt(random(2 * CHUNK), "k1", KEY);
        sealed[sealed.length / 2] ^= 1;

        assertThatThrownBy(() -> decrypt(sealed, "k1", KEY)).isInstanceOf(IOException.class);
    }

    @Test
    void aFileCutAtAChunkBoundaryIsRefusedAsTruncated() throws Exception {
        byte[] sealed = encrypt(random(2 * CHUNK + 10), "k1", KEY);
        int header = 4 + 1 + 2 + 12;
        int twoChunks = header + 2 * (1 + 4 + CHUNK + 16);

        assertThatThrownBy(() -> decrypt(Arrays.copyOf(sealed, twoChunks), "k1", KEY))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void anotherKeyOrKeyIdCannotReadIt() throws Exception {
        byte[] sealed = encrypt(random(100), "k1", KEY);

        assertThatThrownBy(() -> decrypt(sealed, "k1", key(2))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(sealed, "k2", KEY)).isInstanceOf(IOException.class);
    }

    static byte[] encrypt(byte[] plain, String keyId, SecretKey key) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = EncryptedFiles.encrypting(sealed, keyId, key)) {
            // odd-sized writes cross chunk boundaries
            for (int i = 0; i < plain.length; i += 7777) {
                out.write(plain, i, Math.min(7777, plain.length - i));
            }
        }
        return sealed.toByteArray();
    }

    static byte[] decrypt(byte[] sealed, String keyId, SecretKey key) throws IOException {
        try (InputStream in = EncryptedFiles.decrypting(new ByteArrayInputStream(sealed), keyId, key)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        new Random(seed).nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}
