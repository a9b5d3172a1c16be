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

    public static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
