package org.recordpath.extraction.read;

import java.util.Objects;
import org.recordpath.model.fact.Box;

/**
 * A word as Tesseract recognised it: its text, box, confidence 0..1 and the Tesseract text line it belongs to, with
 * that line's baseline slope (dy/dx in image pixels).
 */
record OcrWord(String text, Box box, double confidence, int line, double lineSlope) {
    OcrWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
    }

    double centerX() {
        return box.x() + box.w() / 2.0;
    }

    double centerY() {
        return box.y() + box.h() / 2.0;
    }

    OcrWord scaled(double fx, double fy) {
        Box b = new Box(
                (int) Math.floor(box.x() * fx), (int) Math.floor(box.y() * fy), (int) Math.ceil(box.w() * fx), (int)
                        Math.ceil(box.h() * fy));
        return new OcrWord(text, b, confidence, line, lineSlope);
    }
}
