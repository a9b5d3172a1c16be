package org.recordpath.extraction.read;

import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.ProgressListener;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;

/**
 * Reads a document into page texts: PDF pages by their text layer where it is usable and by OCR otherwise, images
 * (PNG, JPEG, multi-page TIFF) by OCR, text files as one page. FHIR documents are only recognised here; their content
 * goes to a structured importer. Thread-safe: OCR engines are pooled, one per concurrently reading thread.
 */
public class DocumentReader implements AutoCloseable {
    private final ReaderSettings settings;
    private final OcrEngine ocr;
    private final PdfPages pdf;
    private final ImagePages images;

    public DocumentReader() {
        this(ReaderSettings.defaults());
    }

    public DocumentReader(ReaderSettings settings) {
        this.settings = settings;
        this.ocr = new OcrEngine(settings);
        this.pdf = new PdfPages(settings, ocr);
        this.images = new ImagePages(settings, ocr);
    }

    public ReaderSettings settings() {
        return settings;
    }

    /** The OCR engine, e.g. for a health check ({@link OcrEngine#available()}). */
    public OcrEngine ocr() {
        return ocr;
    }

    /**
     * The type of a stored document, from its first bytes, never from its name.
     *
     * @return the kind, {@link DocumentKind#UNKNOWN} for content that is none of the known kinds
     * @throws UnreadableDocumentException for an empty file, a web page, a script or XML that is not FHIR, with the
     *     reason in plain words
     */
    public DocumentKind sniff(SourceDocument document) throws UnreadableDocumentException {
        return KindSniffer.sniff(document);
    }

    /**
     * Reads the pages of a document of the given kind (from {@link #sniff}).
     *
     * @throws UnreadableDocumentException when the document as a whole cannot be read (password, damage, limits, no
     *     OCR on this server, a kind that is not read into pages), with the reason in plain words
     */
    public ReadDocument read(SourceDocument document, DocumentKind kind, ProgressListener progress)
            throws UnreadableDocumentException {
        switch (kind) {
            case PDF:
                return pdf.read(document, progress);
            case PNG:
            case JPEG:
            case TIFF:
                return images.read(document, kind, progress);
            case TEXT:
                progress.readingPage(1, 1);
                return PlainTextPages.read(document);
            case FHIR_JSON:
            case FHIR_XML:
                throw new UnreadableDocumentException(
                        document.id(), "FHIR documents are imported as structured data, not read as pages");
            default:
                throw new UnreadableDocumentException(document.id(), KindSniffer.NOT_A_DOCUMENT);
        }
    }

    /** Ends the pooled OCR engines. */
    @Override
    public void close() {
        ocr.close();
    }
}
