package org.recordpath.extraction.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.model.fact.ReadMethod;

/** Generated scans read with the real Tesseract: method chosen per page, words with boxes mapping to the text. */
class OcrReadingTest {
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

    private static ReadDocument read(Path file) throws Exception {
        SourceDocument doc = SourceDocument.of(file);
        List<int[]> progress = new java.util.ArrayList<>();
        ReadDocument read = reader.read(doc, reader.sniff(doc), (p, n) -> progress.add(new int[] {p, n}));
        assertThat(progress).hasSize(read.pages().size() + read.warnings().size());
        return read;
    }

    @Test
    void junkInvisibleTextLayerOverAScanIsReplacedByOcr() throws Exception {
        Path pdf = TestDocuments.scannedPdf(
                dir.resolve("scan.pdf"), TestDocuments.LAB_LINES, "l|1 ~^ Il|| ]]: ;;_ rn~ |ll| ^^` ~~~ |[ ]| .,.,");
        PageText page = read(pdf).pages().get(0);
        assertThat(page.method()).isEqualTo(ReadMethod.OCR);
        assertThat(page.text()).contains("Hemoglobin 9.1 g/dL").contains("Ferritin 1200");
        assertWordsMapToText(page);
    }

    @Test
    void ocrWordsHaveBoxesInRenderedPixelsAndConfidences() throws Exception {
        Path pdf = TestDocuments.scannedPdf(dir.resolve("scan.pdf"), TestDocuments.LAB_LINES, null);
        PageText page = read(pdf).pages().get(0);
        assertThat(page.method()).isEqualTo(ReadMethod.OCR);
        assertThat(page.confidence()).isBetween(0.5, 1.0);
        int hemoglobin = page.text().indexOf("Hemoglobin");
        // drawn at 1 inch from the left, on the second line: about 300 px in at 300 dpi
        assertThat(page.boxOf(hemoglobin, hemoglobin + 10))
                .get()
                .satisfies(b -> assertThat(b.x()).isBetween(280, 320));
        assertWordsMapToText(page);
    }

    @Test
    void multiPageTiffIsReadPageByPage() throws Exception {
        Path tiff = dir.resolve("fax.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(page("Hemoglobin 9.1 g/dL"), null, null), null);
            writer.writeToSequence(new IIOImage(page("Platelets 85 K/uL"), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        ReadDocument read = read(tiff);
        assertThat(read.kind()).isEqualTo(DocumentKind.TIFF);
        assertThat(read.pages()).hasSize(2);
        assertThat(read.pages().get(0).text()).contains("Hemoglobin 9.1");
        assertThat(read.pages().get(1).text()).contains("Platelets 85");
    }

    @Test
    void pngPageIsReadWithBoxesInItsOwnPixels() throws Exception {
        Path png = dir.resolve("page.png");
        BufferedImage image = TestDocuments.pageImage(TestDocuments.LAB_LINES, 150);
        ImageIO.write(image, "png", png.toFile());
        PageText page = read(png).pages().get(0);
        assertThat(page.text()).contains("Platelets 85");
        assertThat(page.words())
                .allSatisfy(w -> assertThat(w.box().x() + w.box().w()).isLessThanOrEqualTo(1275));
        assertWordsMapToText(page);
    }

    private static BufferedImage page(String line) {
        return TestDocuments.pageImage(List.of("Laboratory Results", line), 200);
    }

    static void assertWordsMapToText(PageText page) {
        assertThat(page.words()).isNotEmpty().allSatisfy(w -> {
            String word = page.text().substring(w.start(), w.end());
            assertThat(word).isNotBlank().doesNotContain(" ", "\n");
            assertThat(w.box()).isNotNull();
            assertThat(w.confidence()).isBetween(0.0, 1.0);
        });
    }
}
