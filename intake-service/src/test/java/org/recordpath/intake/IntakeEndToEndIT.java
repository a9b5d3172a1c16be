package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recordpath.guidance.json.ContractJson;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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

    UUID patient;
    JsonNode textPdf;
    JsonNode scannedPdf;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @BeforeAll
    void uploadATextAndAScannedPdfAndWaitForThem() throws Exception {
        Response created = call("navigator", "POST", "/api/patients", "{\"displayName\":\"Synthetic IT patient\"}");
        assertThat(created.status()).isEqualTo(201);
        patient = UUID.fromString(created.json().get("id").asText());

        UUID text = upload("navigator", Corpus.dev("D001", "BM_Biopsy_Report.pdf"));
        UUID scanned = upload("navigator", Corpus.dev("D001", "Scanned_Document_20260331.pdf"));
        textPdf = awaitFinished(text);
        scannedPdf = awaitFinished(scanned);
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
        Response profile = call("navigator", "GET", "/api/patients/" + patient + "/profile", null);

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
        JsonNode json = call("navigator", "GET", "/api/patients/" + patient + "/profile", null)
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
        Response guidance = call("navigator", "GET", "/api/patients/" + patient + "/guidance", null);

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
            Response response = call("patient", "GET", path, null);

            assertThat(response.status()).as(path).isIn(403, 404);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("BM_Biopsy_Report")
                    .doesNotContain("\"labs\"");
        }
        assertThat(call("patient", "GET", "/api/patients", null).body()).doesNotContain(patient.toString());
    }

    @Test
    void aClinicianNotAssignedToThePatientGetsNotFound() {
        Response response = call("clinician", "GET", "/api/patients/" + patient + "/profile", null);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedWith413() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", named(new byte[1_500_000], "big.pdf"));

        Response response = multipart("navigator", parts);

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

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return ContractJson.mapper().readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private RestClient client(String user) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, "demo"))
                .build();
    }

    private Response call(String user, String method, String path, String json) {
        RestClient.RequestBodySpec request = client(user)
                .method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange((req, res) -> new Response(
                res.getStatusCode().value(), new String(res.getBody().readAllBytes())));
    }

    private UUID upload(String user, Path file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        Response accepted = multipart(user, parts);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return UUID.fromString(accepted.json().get("id").asText());
    }

    private Response multipart(String user, MultiValueMap<String, Object> parts) {
        return client(user)
                .post()
                .uri("/api/patients/" + patient + "/documents")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((req, res) -> new Response(
                        res.getStatusCode().value(), new String(res.getBody().readAllBytes())));
    }

    private JsonNode awaitFinished(UUID document) throws InterruptedException {
        long deadline = System.nanoTime() + PROCESSING_TIMEOUT.toNanos();
        while (true) {
            Response response = call("navigator", "GET", "/api/documents/" + document, null);
            assertThat(response.status()).isEqualTo(200);
            JsonNode json = response.json();
            if (Set.of("DONE", "FAILED").contains(json.get("status").asText())) {
                return json;
            }
            assertThat(System.nanoTime())
                    .as("document %s finished within %s", document, PROCESSING_TIMEOUT)
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static Resource named(byte[] bytes, String name) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
