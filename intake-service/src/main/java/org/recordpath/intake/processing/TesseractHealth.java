package org.recordpath.intake.processing;

import org.recordpath.extraction.read.OcrEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether OCR works on this node: Tesseract and its English model load ({@link OcrEngine#available()}, probed once).
 * Without it scanned documents fail with that reason and can be re-run once Tesseract is installed. On a worker
 * process ({@code recordpath.ocr.required}, set by the {@code worker} profile) that makes the node DOWN; elsewhere the
 * service still serves text PDFs, FHIR and everything already read, so it stays UP and says OCR is unavailable.
 */
class TesseractHealth implements HealthIndicator {
    private final OcrEngine ocr;
    private final boolean required;

    TesseractHealth(OcrEngine ocr, boolean required) {
        this.ocr = ocr;
        this.required = required;
    }

    @Override
    public Health health() {
        return ocr.unavailableReason()
                .map(reason -> (required ? Health.down() : Health.up())
                        .withDetail("ocr", "unavailable")
                        .withDetail("reason", reason)
                        .build())
                .orElseGet(() -> Health.up().withDetail("ocr", "available").build());
    }
}
