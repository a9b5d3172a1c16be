package org.recordpath.extraction.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordpath.model.fact.Box;

class LineAssemblerTest {
    private static OcrWord word(String text, int x, int y, int line, double slope) {
        return new OcrWord(text, new Box(x, y, 20 * text.length(), 30), 0.9, line, slope);
    }

    @Test
    void tableCellsThatTesseractPutInSeparateBlocksAreJoinedIntoOneRow() {
        List<OcrWord> words = List.of(
                word("Hemoglobin", 100, 500, 0, 0),
                word("Platelets", 100, 560, 1, 0),
                word("7.9", 900, 502, 2, 0),
                word("40", 900, 561, 3, 0),
                word("g/dL", 1300, 499, 4, 0),
                word("K/uL", 1300, 558, 5, 0));
        PageText page = LineAssembler.assemble(3, words);
        assertThat(page.page()).isEqualTo(3);
        assertThat(page.text()).isEqualTo("Hemoglobin 7.9 g/dL\nPlatelets 40 K/uL");
    }

    @Test
    void rowsOfATiltedPhotoFollowTheLineSlope() {
        // the page rises 5 px per 100 px to the right: the value cell sits 45 px higher than its label
        List<OcrWord> words = List.of(
                word("WBC", 100, 1000, 0, -0.05),
                word("1.9", 1000, 955, 1, -0.05),
                word("RBC", 100, 1060, 2, -0.05),
                word("2.59", 1000, 1015, 3, -0.05));
        assertThat(LineAssembler.assemble(1, words).text()).isEqualTo("WBC 1.9\nRBC 2.59");
    }

    @Test
    void wordOffsetsMapExactlyToTheTextAndKeepBoxesAndConfidence() {
        List<OcrWord> words = List.of(word("Ferritin", 50, 40, 0, 0), word("1400", 400, 42, 0, 0));
        PageText page = LineAssembler.assemble(1, words);
        assertThat(page.words())
                .extracting(w -> page.text().substring(w.start(), w.end()))
                .containsExactly("Ferritin", "1400");
        assertThat(page.boxOf(9, 13)).contains(new Box(400, 42, 80, 30));
        assertThat(page.confidence()).isEqualTo(0.9);
    }

    @Test
    void pageWithoutWordsIsEmptyWithZeroConfidence() {
        PageText page = LineAssembler.assemble(2, List.of());
        assertThat(page.text()).isEmpty();
        assertThat(page.confidence()).isZero();
    }
}
