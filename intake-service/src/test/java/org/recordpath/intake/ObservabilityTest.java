package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Health groups are public; {@code /actuator/prometheus} needs ADMIN and carries the job metrics. */
@SpringBootTest(
        properties = {
            "management.defaults.metrics.export.enabled=true",
            "management.prometheus.metrics.export.enabled=true"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ObservabilityTest {
    @Autowired
    MockMvc mvc;

    @Test
    void healthAndItsGroupsArePublic() throws Exception {
        for (String path : new String[] {
            "/actuator/health",
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/actuator/health/db",
            "/actuator/health/tesseract"
        }) {
            MvcResult result = mvc.perform(get(path)).andReturn();

            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void prometheusNeedsAnAdmin() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic("navigator", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void prometheusCarriesTheJobMetricsAfterADocumentIsProcessed() throws Exception {
        Api api = new Api(mvc);
        UUID patient = api.createPatient("navigator");
        UUID scan = api.uploadAccepted("navigator", patient, Corpus.dev("D001", "Scanned_Document_20260331.pdf"));
        assertThat(api.awaitFinished("navigator", scan, Duration.ofSeconds(90))
                        .get("status")
                        .asText())
                .isEqualTo("DONE");
        api.getJson("navigator", "/api/patients/{id}/guidance", patient);

        MvcResult result = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("recordpath_jobs{", "state=\"DONE\"", "state=\"QUEUED\"")
                .contains("recordpath_queue_depth")
                .contains("recordpath_pages_read_total{", "method=\"OCR\"")
                .contains("recordpath_ocr_page_seconds_count")
                .contains("recordpath_extraction_seconds_count")
                .contains("recordpath_guidance_seconds_count");
    }
}
