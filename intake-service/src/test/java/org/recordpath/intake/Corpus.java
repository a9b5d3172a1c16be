package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the shared development corpus (synthetic records), found through {@code -Drecordpath.corpus}. */
public final class Corpus {
    private Corpus() {}

    public static Path dev(String patient, String file) {
        String root = System.getProperty("recordpath.corpus", "../../shared/corpus");
        Path path = Path.of(root, "dev", patient, file);
        assertThat(path).as("corpus file (set -Drecordpath.corpus)").isRegularFile();
        return path;
    }

    /**
     * The file's bytes with a unique PDF comment appended, so that uploading it again is not recognised as the same
     * file (uploads are de-duplicated per patient by SHA-256).
     */
    public static byte[] distinct(Path path) {
        byte[] content = bytes(path);
        byte[] tail =
                ("\n% " + java.util.UUID.randomUUID() + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(content, content.length + tail.length);
        System.arraycopy(tail, 0, all, content.length, tail.length);
        return all;
    }

    public static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
