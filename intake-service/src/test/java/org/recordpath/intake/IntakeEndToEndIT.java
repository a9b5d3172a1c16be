package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recordpath.intake.ServiceClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The walking skeleton end to end: the application on a random port against a real PostgreSQL (see
 * {@link TestPostgres}), a text PDF and a scanned PDF of the development corpus uploaded over HTTP with Basic auth,
 * processed by the in-process workers, read back as documents, profile and guidance.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.servlet.multipart.max-file-size=1MB",
            "spring.servlet.multipart.max-request-size=1MB",
            "server.tomcat.max-swallow-size=4MB",
            "recordpath.jobs.workers=2",
            "recordpath.jobs.poll-interval=500ms"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeEndToEndIT {
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(4);

    @LocalServerPort
    int port;

    ServiceClient api;
    UUID patient;
    JsonNode textPdf;
    JsonNode scannedPdf;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshSchema(registry);
    }

    @BeforeAll
    void uploadATextAndAScannedPdfAndWaitForThem() throws Exception {
        api = new ServiceClient(port);
        patient = api.newPatient("navigator", "Synthetic IT patient");

        UUID text = api.accepted(
                "navigator", patient, Corpus.bytes(Corpus.dev("D001", "BM_Biopsy_Report.pdf")), "BM_Biopsy_Report.pdf");
        UUID scanned = api.accepted(
                "navigator",
                patient,
                Corpus.bytes(Corpus.dev("D001", "Scanned_Document_20260331.pdf")),
                "Scanned_Document_20260331.pdf");
        textPdf = api.awaitFinished("navigator", text, PROCESSING_TIMEOUT);
        scannedPdf = api.awaitFinished("navigator", scanned, PROCESSING_TIMEOUT);
    }

    @Test
    void theTextPdfIsReadFromItsTextLayer() {
        assertThat(textPdf.get("status").asText()).isEqualTo("DONE");
        assertThat(textPdf.get("pages")).hasSize(2);
        assertThat(textPdf.get("pages").findValuesAsText("method")).containsOnly("TEXT_LAYER");
        assertThat(textPdf.get("contentType").asText()).isEqualTo("application/pdf");
    }

    @Test
    void theScannedPdfIsReadPageByPage() {
        assertThat(scannedPdf.get("status").asText()).isEqualTo("DONE");
        assertThat(scannedPdf.get("pages")).hasSize(1);
        assertThat(scannedPdf.get("pages").findValuesAsText("method")).containsOnly("OCR");
    }

    @Test
    void theProfileIsTheContractJson() {
        Response profile = api.call("navigator", "GET", "/api/patients/" + patient + "/profile", null);

        assertThat(profile.status()).isEqualTo(200);
        JsonNode json = profile.json();
        assertThat(json.has("labs")).isTrue();
        assertThat(json.get("labs").has("hemoglobin")).isTrue();
        assertThat(json.has("karyotype")).isTrue();
        assertThat(json.has("mutations")).isTrue();
        assertThat(json.get("demographics").has("age")).isTrue();
    }

    @Test
    void theProfileCarriesTheValuesOfBothDocuments() {
        JsonNode json = api.call("navigator", "GET", "/api/patients/" + patient + "/profile", null)
                .json();

        // From the scanned lab sheet (OCR), the newest values:
        assertThat(json.at("/labs/hemoglobin/value").decimalValue()).isEqualByComparingTo("8.1");
        assertThat(json.at("/labs/hemoglobin/date").asText()).isEqualTo("2026-03-31");
        assertThat(json.at("/labs/hemoglobin/provenance/method").asText()).isEqualTo("OCR");
        assertThat(json.at("/labs/platelets/value").decimalValue()).isEqualByComparingTo("290");
        assertThat(json.at("/labs/anc/value").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(json.at("/labs/serumEpo/value").decimalValue()).isEqualByComparingTo("130");
        // From the marrow report (text layer):
        assertThat(json.at("/labs/bmBlasts/value").decimalValue()).isEqualByComparingTo("2");
        assertThat(json.at("/labs/bmBlasts/provenance/method").asText()).isEqualTo("TEXT_LAYER");
        assertThat(json.at("/karyotype/iscn").asText()).isEqualTo("46,XX,del(5)(q13q33)[16]/46,XX[4]");
        assertThat(json.at("/karyotype/ipssrCategory").asText()).isEqualTo("Good");
    }

    @Test
    void theGuidanceNamesItsPackAndVersionAndIsNotMedicalAdvice() {
        Response guidance = api.call("navigator", "GET", "/api/patients/" + patient + "/guidance", null);

        assertThat(guidance.status()).isEqualTo(200);
        JsonNode json = guidance.json();
        assertThat(json.at("/guideline/pack").asText()).isNotBlank();
        assertThat(json.at("/guideline/version").asText()).isNotBlank();
        assertThat(json.get("notice").asText()).contains("not medical advice");
    }

    @Test
    void aPatientAccountGetsNothingOfAnotherPatient() {
        for (String path : new String[] {
            "/api/patients/" + patient + "/profile",
            "/api/patients/" + patient + "/guidance",
            "/api/patients/" + patient + "/documents",
            "/api/documents/" + textPdf.get("id").asText()
        }) {
            Response response = api.call("patient", "GET", path, null);

            assertThat(response.status()).as(path).isIn(403, 404);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("BM_Biopsy_Report")
                    .doesNotContain("\"labs\"");
        }
        assertThat(api.call("patient", "GET", "/api/patients", null).body()).doesNotContain(patient.toString());
    }

    @Test
    void aClinicianNotAssignedToThePatientGetsNotFound() {
        Response response = api.call("clinician", "GET", "/api/patients/" + patient + "/profile", null);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedWith413() {
        Response response = api.upload("navigator", patient, new byte[1_500_000], "big.pdf");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asText()).isEqualTo("https://recordpath.org/problems/too-large");
    }

    @Test
    void theApiWithoutCredentialsIs401AndHealthIsUp() {
        Response anonymous = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/patients")
                .exchange((req, res) -> new Response(
                        res.getStatusCode().value(), new String(res.getBody().readAllBytes())));
        Response health = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .exchange((req, res) -> new Response(
                        res.getStatusCode().value(), new String(res.getBody().readAllBytes())));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }
}
