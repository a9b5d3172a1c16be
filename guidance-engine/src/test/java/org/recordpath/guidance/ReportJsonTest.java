package org.recordpath.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.json.ContractJson;

/** The report serialises to the {@code guidance} part of the contract. */
class ReportJsonTest {
    @Test
    void writesTheContractShape() throws Exception {
        GuidanceReport r = GuidanceEngine.withDefaultPack()
                .evaluate(WorkedExamplesTest.e1().build());

        JsonNode json = ContractJson.mapper().readTree(ContractJson.mapper().writeValueAsString(r));

        assertThat(json.path("guideline").path("pack").asText()).isEqualTo("NCCN MDS");
        assertThat(json.path("guideline").path("version").asText()).isEqualTo("2026.1");
        assertThat(json.path("riskGroup").asText()).isEqualTo("lower");
        assertThat(json.path("risk").path("ipssr").path("score").decimalValue()).isEqualByComparingTo("2");
        assertThat(json.path("risk").path("ipssr").path("components")).hasSize(5);
        assertThat(json.path("risk").path("ipssm").path("best").path("category").asText())
                .isEqualTo("Low");
        assertThat(json.path("classification").path("who2022").path("type").asText())
                .isEqualTo("MDS-SF3B1");
        assertThat(json.path("pathways").get(0).path("status").asText()).isIn("MATCH", "POSSIBLE", "NOT_MATCHED");
        assertThat(json.path("pathways").get(0).path("steps").get(0).path("facts"))
                .isNotEmpty();
        assertThat(json.path("notice").asText()).contains("not medical advice");
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        // stored guidance keeps the pack version it used: a stored report must read back unchanged
        GuidanceReport r = GuidanceEngine.withDefaultPack()
                .evaluate(WorkedExamplesTest.e1().build());
        String json = ContractJson.mapper().writeValueAsString(r);

        GuidanceReport back = ContractJson.mapper().readValue(json, GuidanceReport.class);

        assertThat(back).isEqualTo(r);
    }
}
