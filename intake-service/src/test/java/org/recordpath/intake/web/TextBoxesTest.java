package org.recordpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recordpath.intake.Corpus;
import org.recordpath.model.fact.Box;

class TextBoxesTest {
    @Test
    void theSourceTextOfATextLayerFactIsFoundOnItsPageIn300DpiPixels() throws Exception {
        Box hb = TextBoxes.with(
                Corpus.dev("D001", "BM_Biopsy_Report.pdf"), boxes -> boxes.find(1, "Hemoglobin (HGB) 8.4"));
        Box missing = TextBoxes.with(
                Corpus.dev("D001", "BM_Biopsy_Report.pdf"), boxes -> boxes.find(1, "no such words anywhere"));

        assertThat(hb).isNotNull();
        assertThat(hb.w()).isGreaterThan(hb.h());
        assertThat(hb.x() + hb.w()).isLessThan(2551); // 8.5 in at 300 dpi
        assertThat(missing).isNull();
    }
}
