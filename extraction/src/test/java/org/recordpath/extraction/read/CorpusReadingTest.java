package org.recordpath.extraction.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.ProgressListener;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.model.fact.ReadMethod;

/** Real records of the dev corpus: typed PDFs by their text layer, scans and phone photos by OCR. */
class CorpusReadingTest {
    private static DocumentReader reader;

    @BeforeAll
    static void open() {
        reader = new DocumentReader();
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    private static ReadDocument read(String file) throws Exception {
        SourceDocument doc = SourceDocument.of(Path.of(System.getProperty("recordpath.corpus"), "dev", file));
        return reader.read(doc, reader.sniff(doc), ProgressListener.NONE);
    }

    @Test
    void typedPdfIsReadFromItsTextLayerWithTableRowsOnOneLine() throws Exception {
        ReadDocument read = read("D001/BM_Biopsy_Report.pdf");
        assertThat(read.kind()).isEqualTo(DocumentKind.PDF);
        assertThat(read.pages())
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.method()).isEqualTo(ReadMethod.TEXT_LAYER));
        PageText first = read.pages().get(0);
        assertThat(first.text().lines()).anyMatch(l -> l.startsWith("Hemoglobin (HGB) 8.4 g/dL"));
        int at = first.text().indexOf("Hemoglobin");
        assertThat(first.words()).anySatisfy(w -> {
            assertThat(w.start()).isEqualTo(at);
            assertThat(first.text().substring(w.start(), w.end())).isEqualTo("Hemoglobin");
            assertThat(w.box()).isNotNull();
        });
    }

    @Test
    void scannedPdfIsReadByOcrWithBoxesAndConfidences() throws Exception {
        ReadDocument read = read("D001/Scanned_Document_20260331.pdf");
        PageText page = read.pages().get(0);
        assertThat(page.method()).isEqualTo(ReadMethod.OCR);
        assertThat(page.text()).contains("Cumulative Laboratory Report", "Ferritin", "MCV");
        assertThat(page.text().lines()).anyMatch(l -> l.startsWith("WBC 4.2 4.1 4.0"));
        OcrReadingTest.assertWordsMapToText(page);
        assertThat(page.confidence()).isGreaterThan(0.8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            D012/IMG_9169.jpg            | Hemoglobin (HGB) 7.9 | Platelet Count (PLT) 40 | Ferritin 1400
            D004/PXL_20260910_154870.jpg | Procrit 40,000 units weekly | Jadenu (deferasirox) | Tamsulosin 0.4 mg nightly
            """)
    void phonePhotoIsReadByOcrWithRowsKept(String file, String row1, String row2, String row3) throws Exception {
        ReadDocument read = read(file);
        PageText page = read.pages().get(0);
        assertThat(read.kind()).isEqualTo(DocumentKind.JPEG);
        assertThat(page.method()).isEqualTo(ReadMethod.OCR);
        assertThat(page.text()).contains(row1, row2, row3);
        // boxes refer to the uploaded photo (1289 × 1668), not to the upscaled image given to Tesseract
        assertThat(page.words())
                .allSatisfy(w -> assertThat(w.box().y() + w.box().h()).isLessThanOrEqualTo(1670));
        OcrReadingTest.assertWordsMapToText(page);
    }
}
