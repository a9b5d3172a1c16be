package org.recordpath.extraction.read;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.recordpath.model.fact.Box;

/**
 * One initialised Tesseract engine (LSTM, English), reused page after page through the low-level API so the model
 * is loaded once. Not thread-safe: {@link OcrEngine} lends each handle to one thread at a time.
 */
final class TessHandle implements AutoCloseable {
    static final String TIMED_OUT = "OCR took longer than the time limit for one page";

    private static final int OEM_LSTM_ONLY = 1;
    private static final int PSM_AUTO = 3;
    private static final int WORD = TessPageIteratorLevel.RIL_WORD;
    private static final int LINE = TessPageIteratorLevel.RIL_TEXTLINE;

    private final TessAPI api;
    private final TessBaseAPI handle;
    private ByteBuffer pixels = ByteBuffer.allocateDirect(0);

    private TessHandle(TessAPI api, TessBaseAPI handle) {
        this.api = api;
        this.handle = handle;
    }

    static TessHandle open(Path tessdata) {
        TessAPI api = TessAPI.INSTANCE;
        TessBaseAPI handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(handle, tessdata.toString(), "eng", OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load eng.traineddata from " + tessdata);
        }
        api.TessBaseAPISetPageSegMode(handle, PSM_AUTO);
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        return new TessHandle(api, handle);
    }

    /**
     * Recognises an 8-bit grey image at the given resolution. Local (Sauvola) thresholding is used for photos with
     * uneven light, Otsu otherwise. Recognition stops at the deadline and the page is then reported unreadable.
     */
    List<OcrWord> recognise(BufferedImage gray, int dpi, boolean localThreshold, long timeoutMillis)
            throws PageUnreadableException {
        int width = gray.getWidth();
        int height = gray.getHeight();
        api.TessBaseAPISetVariable(handle, "thresholding_method", localThreshold ? "2" : "0");
        api.TessBaseAPISetImage(handle, pixelsOf(gray), width, height, 1, width);
        api.TessBaseAPISetSourceResolution(handle, dpi);
        ETEXT_DESC monitor = api.TessMonitorCreate();
        monitor.setAutoSynch(false);
        long started = System.nanoTime();
        try {
            api.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, timeoutMillis));
            int status = api.TessBaseAPIRecognize(handle, monitor);
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            if (status != 0 && elapsedMillis >= timeoutMillis) {
                throw new PageUnreadableException(TIMED_OUT);
            }
            if (status != 0) {
                throw new PageUnreadableException("OCR failed on this page");
            }
            return words();
        } finally {
            api.TessMonitorDelete(monitor);
            api.TessBaseAPIClear(handle);
        }
    }

    private List<OcrWord> words() {
        List<OcrWord> words = new ArrayList<>();
        TessResultIterator it = api.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return words;
        }
        try {
            TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
            IntBuffer[] r = {IntBuffer.allocate(1), IntBuffer.allocate(1), IntBuffer.allocate(1), IntBuffer.allocate(1)
            };
            int line = -1;
            double slope = 0;
            do {
                if (api.TessPageIteratorIsAtBeginningOf(page, LINE) != 0) {
                    line++;
                    slope = api.TessPageIteratorBaseline(page, LINE, r[0], r[1], r[2], r[3]) != 0
                                    && r[2].get(0) != r[0].get(0)
                            ? (r[3].get(0) - r[1].get(0)) / (double) (r[2].get(0) - r[0].get(0))
                            : 0;
                }
                Pointer textPointer = api.TessResultIteratorGetUTF8Text(it, WORD);
                if (textPointer == null) {
                    continue;
                }
                String text = textPointer.getString(0, "UTF-8").strip();
                api.TessDeleteText(textPointer);
                if (text.isEmpty() || api.TessPageIteratorBoundingBox(page, WORD, r[0], r[1], r[2], r[3]) == 0) {
                    continue;
                }
                Box box = new Box(r[0].get(0), r[1].get(0), r[2].get(0) - r[0].get(0), r[3].get(0) - r[1].get(0));
                double confidence = Math.max(0, Math.min(100, api.TessResultIteratorConfidence(it, WORD))) / 100;
                words.add(new OcrWord(text.replaceAll("\\s+", " "), box, confidence, Math.max(line, 0), slope));
            } while (api.TessPageIteratorNext(page, WORD) != 0);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return words;
    }

    private ByteBuffer pixelsOf(BufferedImage gray) {
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (pixels.capacity() < data.length) {
            pixels = ByteBuffer.allocateDirect(data.length);
        }
        pixels.clear();
        pixels.put(data, 0, gray.getWidth() * gray.getHeight());
        pixels.flip();
        return pixels;
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }
}
