package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.processing.StoredFact;
import org.recordpath.intake.processing.StoredFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The patient, review and clinician pages and their page-side endpoints (session + CSRF, not /api Basic). */
@IntakeTest
class UiPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    StoredFacts facts;

    @Autowired
    org.recordpath.intake.patients.Patients patients;

    @Test
    void thePageUploadNeedsTheCsrfTokenAndItsStatusIsPlainWords() throws Exception {
        UUID own = accounts.viewer("patient").orElseThrow().patientId();
        MockMultipartFile file = new MockMultipartFile(
                "file", "report.pdf", "application/pdf", Corpus.bytes(Corpus.dev("D001", "BM_Biopsy_Report.pdf")));

        int without = mvc.perform(multipart("/patients/{id}/uploads", own)
                        .file(file)
                        .with(user("patient").roles("PATIENT")))
                .andReturn()
                .getResponse()
                .getStatus();
        UUID document = upload(own, file);
        JsonNode status = awaitDone(document);

        assertThat(without).isEqualTo(403);
        assertThat(status.get("text").asText()).isEqualTo("done");
        assertThat(status.get("name").asText()).isEqualTo("report.pdf");
    }

    @ParameterizedTest(name = "{0} → review queue {2}")
    @CsvSource({"patient, PATIENT, 403", "clinician, CLINICIAN, 403", "navigator, NAVIGATOR, 200"})
    void onlyNavigatorsOpenTheReviewQueue(String name, String role, int status) throws Exception {
        assertThat(mvc.perform(get("/review").with(user(name).roles(role)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(status);
    }

    @Test
    void theReviewScreenShowsThePageImageAndTheFactsAndACorrectionReachesTheProfile() throws Exception {
        UUID own = patients.create(accounts.viewer("navigator").orElseThrow(), "Review test")
                .id();
        UUID document = upload(
                "navigator",
                "NAVIGATOR",
                own,
                new MockMultipartFile(
                        "file",
                        "marrow.pdf",
                        "application/pdf",
                        Corpus.bytes(Corpus.dev("D001", "BM_Biopsy_Report.pdf"))));
        awaitDone("navigator", "NAVIGATOR", document);

        String queue = page("navigator", "NAVIGATOR", "/review");
        String review = page("navigator", "NAVIGATOR", "/review/documents/" + document);
        MvcResult image = mvc.perform(get("/documents/{id}/pages/1", document)
                        .with(user("navigator").roles("NAVIGATOR")))
                .andReturn();
        StoredFact blasts = facts.ofDocument(document).stream()
                .filter(f -> f.fact().field().equals("labs.mcv"))
                .findFirst()
                .orElseThrow();
        String patientPage = page("navigator", "NAVIGATOR", "/patients/" + own);
        MvcResult corrected = mvc.perform(post("/review/documents/{d}/facts/{f}", document, blasts.id())
                        .param("action", "CORRECTED")
                        .param("value", "99 fL")
                        .param("reason", "checked against the report")
                        .with(user("navigator").roles("NAVIGATOR"))
                        .with(csrf()))
                .andReturn();
        MvcResult noReason = mvc.perform(post("/review/documents/{d}/facts/{f}", document, blasts.id())
                        .param("action", "CORRECTED")
                        .param("value", "4")
                        .with(user("navigator").roles("NAVIGATOR"))
                        .with(csrf()))
                .andReturn();

        assertThat(queue).contains("/review/documents/" + document);
        assertThat(review)
                .contains("id=\"page-image\"")
                .contains("class=\"source\"")
                .contains("labs.mcv");
        assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(image.getResponse().getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(corrected.getResponse().getStatus()).isEqualTo(302);
        assertThat(noReason.getFlashMap().get("error")).isEqualTo("Say why the value is corrected.");
        assertThat(facts.ofDocument(document).stream()
                        .filter(f -> f.id() == blasts.id())
                        .findFirst()
                        .orElseThrow()
                        .review()
                        .correctedValue())
                .isEqualTo("99 fL");
        String profile = mvc.perform(get("/api/patients/{id}/profile", own)
                        .with(user("navigator").roles("NAVIGATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JSON.readTree(profile).at("/labs/mcv/value").decimalValue()).isEqualByComparingTo("99");
        assertThat(patientPage).contains("Your guidance in plain words").contains("not medical advice");
    }

    @Test
    void theClinicianSummaryShowsScoresPathwaysAndTheNoticeAndExportsFhir() throws Exception {
        UUID own = accounts.viewer("patient").orElseThrow().patientId();

        String summary = page("clinician", "CLINICIAN", "/patients/" + own + "/summary");
        MvcResult fhir = mvc.perform(
                        get("/patients/{id}/fhir", own).with(user("clinician").roles("CLINICIAN")))
                .andReturn();

        assertThat(summary)
                .contains("Diagnosis and classification")
                .contains("IPSS-R")
                .contains("IPSS-M")
                .contains("Pathways")
                .contains("Guideline:")
                .contains("not medical advice");
        assertThat(fhir.getResponse().getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(fhir.getResponse().getContentAsString())
                        .get("resourceType")
                        .asText())
                .isEqualTo("Bundle");
    }

    @Test
    void anotherPatientsSummaryAndPagesAreNotFound() throws Exception {
        UUID stranger = UUID.randomUUID();

        assertThat(mvc.perform(get("/patients/{id}/summary", stranger)
                                .with(user("patient").roles("PATIENT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/documents/{id}/pages/1", stranger)
                                .with(user("patient").roles("PATIENT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String page(String name, String role, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(name).roles(role))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private UUID upload(UUID patient, MockMultipartFile file) throws Exception {
        return upload("patient", "PATIENT", patient, file);
    }

    private UUID upload(String name, String role, UUID patient, MockMultipartFile file) throws Exception {
        return PageSteps.upload(mvc, name, role, patient, file);
    }

    private JsonNode awaitDone(UUID document) throws Exception {
        return awaitDone("patient", "PATIENT", document);
    }

    private JsonNode awaitDone(String name, String role, UUID document) throws Exception {
        return PageSteps.awaitDone(mvc, name, role, document);
    }
}
