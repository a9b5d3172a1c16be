package org.recordpath.intake.documents;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The encrypted file format of stored documents: AES-256-GCM in independently authenticated chunks, so that neither
 * writing nor reading holds more than one chunk in memory (the JDK's GCM decryption buffers its whole input until
 * the tag is checked, so a single GCM message per file could not be read as a stream).
 *
 * <pre>
 * header: "RPE1" | key id length (1 byte) | key id (UTF-8) | random 96-bit file IV
 * chunk:  final flag (1 byte) | ciphertext length (4 bytes) | ciphertext with its 128-bit tag
 * </pre>
 *
 * Chunk {@code i} is encrypted under the nonce {@code IV xor i} (in the last 8 bytes) with the additional data
 * {@code header | i | final flag}: chunks cannot be reordered, dropped, moved between files or re-labelled final,
 * and a file that ends without its final chunk is refused as truncated. Plaintext chunks are {@value #CHUNK} bytes.
 */
final class EncryptedFiles {
    static final int CHUNK = 64 * 1024;
    private static final byte[] MAGIC = "RPE1".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedFiles() {}

    /** Encrypts everything written to the returned stream into {@code out}; closing it writes the final chunk. */
    static OutputStream encrypting(OutputStream out, String keyId, SecretKey key) throws IOException {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] header = header(keyId, iv);
        out.write(header);
        return new Encrypting(out, key, header, iv);
    }

    /** Decrypts a stream written by {@link #encrypting}; a tampered or truncated file fails with an IOException. */
    static InputStream decrypting(InputStream in, String keyId, SecretKey key) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an encrypted document file");
        }
        byte[] id = new byte[data.readUnsignedByte()];
        data.readFully(id);
        if (!keyId.equals(new String(id, StandardCharsets.UTF_8))) {
            throw new IOException("document file is encrypted under another key id than its row says");
        }
        byte[] iv = new byte[IV_BYTES];
        data.readFully(iv);
        return new Decrypting(data, key, header(keyId, iv), iv);
    }

    private static byte[] header(String keyId, byte[] iv) {
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        if (id.length == 0 || id.length > 255) {
            throw new IllegalArgumentException("a key id is 1 to 255 bytes");
        }
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 1 + id.length + IV_BYTES);
        header.put(MAGIC).put((byte) id.length).put(id).put(iv);
        return header.array();
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] header, byte[] iv, long index, boolean last)
            throws IOException {
        byte[] nonce = iv.clone();
        for (int i = 0; i < 8; i++) {
            nonce[IV_BYTES - 1 - i] ^= (byte) (index >>> (8 * i));
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(ByteBuffer.allocate(9)
                    .putLong(index)
                    .put((byte) (last ? 1 : 0))
                    .array());
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is not available", e);
        }
    }

    private static final class Encrypting extends FilterOutputStream {
        private final SecretKey key;
        private final byte[] header;
        private final byte[] iv;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private long index;
        private boolean closed;

        Encrypting(OutputStream out, SecretKey key, byte[] header, byte[] iv) {
            super(out);
            this.key = key;
            this.header = header;
            this.iv = iv;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == CHUNK) {
                    // more bytes follow, so the full buffer is not the last chunk
                    emit(false);
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            try {
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, header, iv, index++, last)
                        .doFinal(buffer, 0, filled);
                out.write(last ? 1 : 0);
                out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
                out.write(sealed);
                filled = 0;
            } catch (GeneralSecurityException e) {
                throw new IOException("a chunk could not be encrypted", e);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                emit(true);
                out.flush();
            } finally {
                out.close();
            }
        }
    }

    private static final class Decrypting extends InputStream {
        private final DataInputStream in;
        private final SecretKey key;
        private final byte[] header;
        private final byte[] iv;
        private byte[] plain = new byte[0];
        private int position;
        private long index;
        private boolean finished;

        Decrypting(DataInputStream in, SecretKey key, byte[] header, byte[] iv) {
            this.in = in;
            this.key = key;
            this.header = header;
            this.iv = iv;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (finished) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            int flag;
            int length;
            try {
                flag = in.readUnsignedByte();
                length = in.readInt();
            } catch (EOFException e) {
                throw new IOException("encrypted document file is truncated", e);
            }
            if (flag > 1 || length < TAG_BYTES || length > CHUNK + TAG_BYTES) {
                throw new IOException("encrypted document file is damaged");
            }
            byte[] sealed = new byte[length];
            try {
                in.readFully(sealed);
            } catch (EOFException e) {
                throw new IOException("encrypted document file is truncated", e);
            }
            boolean last = flag == 1;
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, header, iv, index++, last)
                        .doFinal(sealed);
            } catch (GeneralSecurityException e) {
                throw new IOException("encrypted document file failed authentication (wrong key or altered)", e);
            }
            position = 0;
            if (last) {
                finished = true;
                if (in.read() != -1) {
                    throw new IOException("encrypted document file has bytes after its final chunk");
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
