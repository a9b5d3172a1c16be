package org.recordpath.extraction.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.ProgressListener;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.model.fact.ReadMethod;

/** Broken, hostile and protected inputs: each gets a plain reason, or is read when it can be. */
class HostileInputTest {
    private static DocumentReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        reader = new DocumentReader();
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    private static ReadDocument read(Path file) throws UnreadableDocumentException {
        return read(reader, file);
    }

    private static ReadDocument read(DocumentReader with, Path file) throws UnreadableDocumentException {
        SourceDocument doc = SourceDocument.of(file);
        return with.read(doc, with.sniff(doc), ProgressListener.NONE);
    }

    @Test
    void truncatedPdfIsRefusedAsDamaged() throws Exception {
        Path whole = TestDocuments.textPdf(dir.resolve("whole.pdf"), TestDocuments.LAB_LINES, 1);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 60));
        assertThatThrownBy(() -> read(cut))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(PdfPages.DAMAGED);
    }

    @Test
    void pdfCutBeforeItsEndIsRefusedNotReadAsBlankPages() throws Exception {
        Path whole = TestDocuments.textPdf(dir.resolve("whole2.pdf"), TestDocuments.LAB_LINES, 2);
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Files.write(dir.resolve("half.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Path end = Files.write(dir.resolve("end.pdf"), Arrays.copyOf(bytes, bytes.length - 8));
        assertThatThrownBy(() -> read(half))
                .isInstanceOf(UnreadableDocumentException.class)
                .message()
                .isIn(PdfPages.DAMAGED, PdfPages.CUT_OFF);
        // PDFBox alone reads such a file leniently (as blank pages when the content streams are lost)
        assertThatThrownBy(() -> read(end))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(PdfPages.CUT_OFF);
    }

    @Test
    void pdfWithUserPasswordAsksForAnUnlockedCopy() throws Exception {
        Path locked = TestDocuments.encryptedPdf(dir.resolve("locked.pdf"), "user-secret");
        assertThatThrownBy(() -> read(locked))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("this PDF is password-protected: upload an unlocked copy");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        Path restricted = TestDocuments.encryptedPdf(dir.resolve("restricted.pdf"), "");
        ReadDocument read = read(restricted);
        assertThat(read.pages()).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(ReadMethod.TEXT_LAYER);
            assertThat(p.text()).contains("Hemoglobin 9.1 g/dL");
        });
    }

    @Test
    void pdfOverThePageLimitIsRefusedWithTheCount() throws Exception {
        Path pdf = TestDocuments.textPdf(dir.resolve("long.pdf"), TestDocuments.LAB_LINES, 4);
        try (DocumentReader limited =
                new DocumentReader(ReaderSettings.defaults().withMaxPages(3))) {
            assertThatThrownBy(() -> read(limited, pdf))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("this PDF has 4 pages, more than the limit of 3");
        }
    }

    @Test
    void pngDeclaringHugeDimensionsIsRefusedBeforeDecoding() throws Exception {
        Path bomb = dir.resolve("bomb.png");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            writePngHeader(out, 100_000, 100_000);
        }
        assertThat(reader.sniff(SourceDocument.of(bomb))).isEqualTo(DocumentKind.PNG);
        assertThatThrownBy(() -> read(bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("this image is too large (100000 × 100000 pixels; the limit is 50 megapixels)");
    }

    @Test // #11
    void aScannedPdfPageTooLargeForThePixelLimitEvenAt10DpiIsRefusedNotRendered() throws Exception {
        // 100000 pt = 1389 in a side: 50 megapixels allow sqrt(50e6 / 1389²) = 5 dpi; the old floor of 36 dpi
        // rendered 50000 × 50000 = 2.5 gigapixels
        Path pdf = dir.resolve("poster.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage(
                    new org.apache.pdfbox.pdmodel.common.PDRectangle(100_000, 100_000));
            doc.addPage(page);
            var scan = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(
                    doc, new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.drawImage(scan, 0, 0, 100_000, 100_000);
            }
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> read(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(
                        "page 1: this page is too large to read (more than 50 megapixels even at 10 dpi)");
    }

    @Test
    void corruptJpegIsRefusedAsUndecodable() throws Exception {
        byte[] junk = new byte[2000];
        junk[0] = (byte) 0xFF;
        junk[1] = (byte) 0xD8;
        junk[2] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("photo.jpg"), junk);
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("this image could not be decoded");
    }

    @Test
    void scannedPageWithoutTesseractDataFailsTheDocumentWithOcrUnavailable() throws Exception {
        Path scan = TestDocuments.scannedPdf(dir.resolve("scan.pdf"), TestDocuments.LAB_LINES, null);
        Path empty = Files.createDirectory(dir.resolve("no-tessdata"));
        try (DocumentReader noOcr = new DocumentReader(ReaderSettings.defaults().withTessdata(empty))) {
            assertThat(noOcr.ocr().available()).isFalse();
            assertThat(noOcr.ocr().unavailableReason()).get().asString().contains("eng.traineddata");
            assertThatThrownBy(() -> read(noOcr, scan))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("OCR is not available on this server (Tesseract is not installed)");
            Path typed = TestDocuments.textPdf(dir.resolve("typed.pdf"), TestDocuments.LAB_LINES, 1);
            assertThat(read(noOcr, typed).pages()).hasSize(1);
        }
    }

    @Test
    void pageOverTheOcrTimeLimitBecomesAWarningAndTheTextPagesAreKept() throws Exception {
        Path typed = TestDocuments.textPdf(dir.resolve("typed.pdf"), TestDocuments.LAB_LINES, 1);
        Path scan = TestDocuments.scannedPdf(dir.resolve("scan.pdf"), TestDocuments.LAB_LINES, null);
        Path mixed = dir.resolve("mixed.pdf");
        PDFMergerUtility merger = new PDFMergerUtility();
        merger.addSource(typed.toFile());
        merger.addSource(scan.toFile());
        merger.setDestinationFileName(mixed.toString());
        merger.mergeDocuments(null);
        try (DocumentReader hurried =
                new DocumentReader(ReaderSettings.defaults().withOcrTimeout(Duration.ofMillis(1)))) {
            ReadDocument read = read(hurried, mixed);
            assertThat(read.pages()).extracting(PageText::page).containsExactly(1);
            assertThat(read.warnings()).containsExactly("page 2: OCR took longer than the time limit for one page");
            assertThatThrownBy(() -> read(hurried, scan))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageContaining("OCR took longer than the time limit");
        }
    }

    @Test
    void plainTextFileIsOnePageWithWordOffsets() throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"), "Hemoglobin  9.1 g/dL\r\nPlatelets 85\n");
        ReadDocument read = read(file);
        PageText page = read.pages().get(0);
        assertThat(read.kind()).isEqualTo(DocumentKind.TEXT);
        assertThat(page.method()).isEqualTo(ReadMethod.PLAIN_TEXT);
        assertThat(page.text()).isEqualTo("Hemoglobin  9.1 g/dL\nPlatelets 85");
        assertThat(page.words())
                .extracting(w -> page.text().substring(w.start(), w.end()))
                .containsExactly("Hemoglobin", "9.1", "g/dL", "Platelets", "85");
    }

    @Test
    void fhirDocumentsAreNotReadAsPages() throws Exception {
        Path file = Files.writeString(dir.resolve("b.json"), "{\"resourceType\":\"Bundle\"}");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("structured data");
    }

    /** A PNG signature and an IHDR chunk declaring the size; no image data follows. */
    static void writePngHeader(OutputStream raw, int width, int height) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = new byte[17];
        System.arraycopy("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, ihdr, 0, 4);
        java.nio.ByteBuffer.wrap(ihdr, 4, 13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 0);
        out.writeInt(13);
        out.write(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        out.writeInt((int) crc.getValue());
        out.flush();
    }
}
