package org.recordpath.intake.documents;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param directory where uploaded documents are kept ({@code ${recordpath.data-dir}/documents} by default) */
@ConfigurationProperties("recordpath.storage")
record StorageSettings(Path directory) {
    StorageSettings {
        Objects.requireNonNull(directory, "recordpath.storage.directory");
    }
}
