package org.recordpath.extraction.read;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract OCR with reused engines: each thread borrows an initialised engine from a pool and gives it back, so
 * threads never share one (Tesseract is not thread-safe) and the model is loaded once per concurrent thread.
 * Whether OCR works here is found out once ({@link #available()}). Thread-safe.
 */
public final class OcrEngine implements AutoCloseable {
    public static final String UNAVAILABLE = "OCR is not available on this server (Tesseract is not installed)";

    private static final Logger log = LoggerFactory.getLogger(OcrEngine.class);
    private final ReaderSettings settings;
    private final ConcurrentLinkedDeque<TessHandle> idle = new ConcurrentLinkedDeque<>();
    private volatile Optional<String> problem;

    public OcrEngine(ReaderSettings settings) {
        this.settings = settings;
    }

    /** Whether Tesseract and its English model load here; checked on first call, then remembered. */
    public boolean available() {
        return unavailableReason().isEmpty();
    }

    /** Why OCR does not work here (for logs and health checks), empty when it does. */
    public Optional<String> unavailableReason() {
        Optional<String> known = problem;
        if (known == null) {
            synchronized (this) {
                if (problem == null) {
                    problem = probe();
                    problem.ifPresent(p -> log.warn("OCR unavailable: {}", p));
                }
                known = problem;
            }
        }
        return known;
    }

    private Optional<String> probe() {
        if (!Files.isRegularFile(settings.tessdata().resolve("eng.traineddata"))) {
            return Optional.of("no eng.traineddata in " + settings.tessdata());
        }
        try {
            idle.push(TessHandle.open(settings.tessdata()));
            return Optional.empty();
        } catch (LinkageError | RuntimeException e) {
            return Optional.of("libtesseract could not be loaded: " + e);
        }
    }

    /**
     * Reads one page image (8-bit grey, at {@code dpi}). Boxes are multiplied by the box scales so that they refer
     * to the image the user uploaded when it was rescaled for OCR.
     */
    PageText read(int page, BufferedImage gray, int dpi, boolean unevenLight, double boxScaleX, double boxScaleY)
            throws PageUnreadableException {
        if (!available()) {
            throw new IllegalStateException(UNAVAILABLE);
        }
        long deadline = System.nanoTime() + settings.ocrTimeout().toNanos();
        TessHandle handle = borrow();
        try {
            List<OcrWord> words = handle.recognise(gray, dpi, unevenLight, remainingMillis(deadline));
            if (boxScaleX != 1.0 || boxScaleY != 1.0) {
                words = words.stream().map(w -> w.scaled(boxScaleX, boxScaleY)).toList();
            }
            return LineAssembler.assemble(page, words);
        } finally {
            idle.push(handle);
        }
    }

    private static long remainingMillis(long deadline) throws PageUnreadableException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new PageUnreadableException(TessHandle.TIMED_OUT);
        }
        return left;
    }

    private TessHandle borrow() {
        TessHandle handle = idle.poll();
        return handle != null ? handle : TessHandle.open(settings.tessdata());
    }

    /** Ends the idle engines. Engines lent out at this moment are ended by nobody; close after the last read. */
    @Override
    public void close() {
        TessHandle handle;
        while ((handle = idle.poll()) != null) {
            handle.close();
        }
    }
}
