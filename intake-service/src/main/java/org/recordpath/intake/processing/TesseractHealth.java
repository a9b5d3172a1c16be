package org.recordpath.intake.processing;

import org.recordpath.extraction.read.OcrEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether OCR works on this node: Tesseract and its English model load ({@link OcrEngine#available()}, probed once).
 * DOWN with the reason otherwise; scanned documents then fail and can be re-run once Tesseract is installed.
 */
class TesseractHealth implements HealthIndicator {
    private final OcrEngine ocr;

    TesseractHealth(OcrEngine ocr) {
        this.ocr = ocr;
    }

    @Override
    public Health health() {
        return ocr.unavailableReason()
                .map(reason -> Health.down().withDetail("reason", reason).build())
                .orElseGet(() -> Health.up().build());
    }
}
