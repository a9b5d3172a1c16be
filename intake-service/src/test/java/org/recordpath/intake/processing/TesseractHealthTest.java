package org.recordpath.intake.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordpath.extraction.read.OcrEngine;
import org.recordpath.extraction.read.ReaderSettings;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class TesseractHealthTest {
    @TempDir
    Path noModels;

    private OcrEngine withoutModels() {
        return new OcrEngine(new ReaderSettings(10, 1_000_000L, Duration.ofSeconds(5), 300, noModels));
    }

    @Test
    void aWebNodeWithoutTesseractStaysUpAndSaysOcrIsUnavailable() {
        Health health = new TesseractHealth(withoutModels(), false).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("ocr", "unavailable").containsKey("reason");
    }

    @Test
    void aWorkerWithoutTesseractIsDown() {
        Health health = new TesseractHealth(withoutModels(), true).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void withTesseractOcrIsAvailable() {
        Health health = new TesseractHealth(new OcrEngine(ReaderSettings.defaults()), true).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("ocr", "available");
    }
}
