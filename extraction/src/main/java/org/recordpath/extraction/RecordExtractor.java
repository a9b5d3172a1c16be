package org.recordpath.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * The extraction pipeline: one document at a time into facts ({@link #read}), and all facts of a patient into a
 * profile ({@link #reconcile}). Thread-safe.
 */
public final class RecordExtractor {
    private final List<StructuredImporter> importers;

    public RecordExtractor(List<StructuredImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    public DocumentExtraction read(SourceDocument document, ProgressListener progress)
            throws UnreadableDocumentException {
        DocumentKind kind = sniff(document);
        for (StructuredImporter importer : importers) {
            if (importer.accepts(kind)) {
                return new DocumentExtraction(
                        document.id(),
                        kind,
                        List.of(new PageReading(1, ReadMethod.FHIR, 1.0, 0)),
                        importer.importFacts(document, kind),
                        List.of());
            }
        }
        if (kind != DocumentKind.PDF) {
            throw new UnreadableDocumentException(document.id(), "this file type is not supported yet");
        }
        try (PDDocument pdf = Loader.loadPDF(document.path().toFile())) {
            List<PageReading> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                progress.readingPage(p, pdf.getNumberOfPages());
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                pages.add(new PageReading(p, ReadMethod.TEXT_LAYER, 1.0, text.length()));
            }
            return new DocumentExtraction(document.id(), kind, pages, List.of(), List.of());
        } catch (IOException e) {
            throw new UnreadableDocumentException(document.id(), "this PDF could not be read", e);
        }
    }

    public ClinicalProfile reconcile(List<Fact> facts) {
        return ClinicalProfile.empty();
    }

    static DocumentKind sniff(SourceDocument document) throws UnreadableDocumentException {
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
}
