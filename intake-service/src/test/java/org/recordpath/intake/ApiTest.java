package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.guidance.GuidanceEngine;
import org.recordpath.intake.processing.StoredFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntakeTest
class ApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    RecordExtractor extractor;

    @Autowired
    GuidanceEngine engine;

    @Autowired
    StoredFacts facts;

    @Value("${recordpath.storage.directory}")
    Path storage;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void navigatorCreatesPatientAndIsAssignedToIt() throws Exception {
        UUID patient = api.createPatient("navigator");

        JsonNode visible = api.getJson("navigator", "/api/patients");
        assertThat(visible.findValuesAsText("id")).contains(patient.toString());
        assertThat(api.getJson("clinician", "/api/patients").findValuesAsText("id"))
                .doesNotContain(patient.toString());
    }

    @Test
    void uploadedTextPdfIsStoredThenReadPageByPageFromItsTextLayer() throws Exception {
        UUID patient = api.createPatient("navigator");
        Path file = Corpus.dev("D001", "BM_Biopsy_Report.pdf");

        MvcResult accepted = api.upload("navigator", patient, "../../etc/" + file.getFileName(), Corpus.bytes(file));

        assertThat(accepted.getResponse().getStatus()).isEqualTo(202);
        JsonNode body = Api.json(accepted);
        assertThat(body.get("status").asText()).isEqualTo("QUEUED");
        UUID id = UUID.fromString(body.get("id").asText());
        assertThat(accepted.getResponse().getHeader("Location")).isEqualTo("/api/documents/" + id);
        Path stored = storage.resolve(patient.toString()).resolve(id.toString());
        assertThat(stored).isRegularFile();
        assertThat(Files.readAllBytes(stored)).as("encrypted at rest").isNotEqualTo(Files.readAllBytes(file));
        assertThat(api.get("navigator", "/api/documents/{id}/content", id)
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(Files.readAllBytes(file));

        JsonNode done = api.awaitFinished("navigator", id, Duration.ofSeconds(60));
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("name").asText()).isEqualTo("BM_Biopsy_Report.pdf");
        assertThat(done.get("patientId").asText()).isEqualTo(patient.toString());
        assertThat(done.get("sha256").asText()).isEqualTo(sha256(file));
        assertThat(done.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(done.get("reason").isNull()).isTrue();
        assertThat(done.get("pages")).hasSize(2);
        assertThat(done.get("pages").findValuesAsText("method")).containsOnly("TEXT_LAYER");
        assertThat(api.getJson("navigator", "/api/patients/{id}/documents", patient)
                        .findValuesAsText("id"))
                .containsExactly(id.toString());
    }

    @Test
    void profileAndGuidanceAreExactlyTheContractJson() throws Exception {
        UUID patient = api.createPatient("navigator");
        api.awaitFinished(
                "navigator",
                api.uploadAccepted("navigator", patient, Corpus.dev("D001", "BM_Biopsy_Report.pdf")),
                Duration.ofSeconds(60));

        MvcResult profile = api.get("navigator", "/api/patients/{id}/profile", patient);
        MvcResult guidance = api.get("navigator", "/api/patients/{id}/guidance", patient);

        var expectedProfile = extractor.reconcile(facts.ofPatient(patient));
        assertThat(profile.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(Api.json(profile)).isEqualTo(Api.wire(expectedProfile));
        JsonNode report = Api.json(guidance);
        assertThat(report).isEqualTo(Api.wire(engine.evaluate(expectedProfile)));
        assertThat(report.at("/guideline/pack").asText()).isNotBlank();
        assertThat(report.at("/guideline/version").asText()).isNotBlank();
    }

    @Test
    void theFhirExportIsABundleOfTheProfileAndGuidance() throws Exception {
        UUID patient = api.createPatient("navigator");
        api.awaitFinished(
                "navigator",
                api.uploadAccepted("navigator", patient, Corpus.dev("D001", "BM_Biopsy_Report.pdf")),
                Duration.ofSeconds(60));

        MvcResult fhir = api.get("navigator", "/api/patients/{id}/fhir", patient);

        assertThat(fhir.getResponse().getContentType()).startsWith("application/fhir+json");
        JsonNode bundle = Api.json(fhir);
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.findValuesAsText("resourceType"))
                .contains("Patient", "Condition", "Observation", "RiskAssessment");
        assertThat(fhir.getResponse().getContentAsString()).contains("46,XX,del(5)(q13q33)[16]/46,XX[4]");
    }

    @Test
    void aBrokenPdfEndsFailedWithAPlainReasonAndTheServiceGoesOn() throws Exception {
        UUID patient = api.createPatient("navigator");
        byte[] broken = "%PDF-1.7\nthis is not really a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        UUID id = UUID.fromString(Api.json(api.upload("navigator", patient, "broken.pdf", broken))
                .get("id")
                .asText());
        JsonNode failed = api.awaitFinished("navigator", id, Duration.ofSeconds(60));
        UUID next = api.uploadAccepted("navigator", patient, Corpus.dev("D001", "BM_Biopsy_Report.pdf"));

        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asText())
                .isNotBlank()
                .doesNotContain("error id")
                .doesNotContain("Exception");
        assertThat(api.awaitFinished("navigator", next, Duration.ofSeconds(60))
                        .get("status")
                        .asText())
                .isEqualTo("DONE");
    }

    @Test
    void theSameFileUploadedTwiceForAPatientIsRecognisedByItsSha256() throws Exception {
        UUID patient = api.createPatient("navigator");
        UUID other = api.createPatient("navigator");
        Path file = Corpus.dev("D001", "BM_Biopsy_Report.pdf");

        UUID first = api.uploadAccepted("navigator", patient, file);
        MvcResult again = api.upload("navigator", patient, "renamed.pdf", Corpus.bytes(file));
        UUID forOther = api.uploadAccepted("navigator", other, file);

        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = Api.json(again);
        assertThat(body.get("id").asText()).isEqualTo(first.toString());
        assertThat(body.get("duplicate").asBoolean()).isTrue();
        assertThat(again.getResponse().getHeader("Location")).isEqualTo("/api/documents/" + first);
        assertThat(forOther).isNotEqualTo(first);
        assertThat(api.getJson("navigator", "/api/patients/{id}/documents", patient))
                .hasSize(1);
        try (var stored = Files.list(storage.resolve(patient.toString()))) {
            assertThat(stored).hasSize(1);
        }
    }

    @Test
    void anEmptyUploadIsRefusedAsAProblem() throws Exception {
        UUID patient = api.createPatient("navigator");

        MvcResult result = api.upload("navigator", patient, "empty.pdf", new byte[0]);

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(Api.json(result).get("type").asText()).isEqualTo("https://recordpath.org/problems/rejected-upload");
    }

    @Test
    void anUnknownDocumentIsA404ProblemWithACorrelationId() throws Exception {
        MvcResult result = api.get("admin", "/api/documents/{id}", UUID.randomUUID());

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        JsonNode problem = Api.json(result);
        assertThat(problem.get("type").asText()).isEqualTo("https://recordpath.org/problems/not-found");
        assertThat(problem.get("title").asText()).isEqualTo("Not found");
        assertThat(problem.get("correlationId").asText())
                .isEqualTo(result.getResponse().getHeader("X-Correlation-Id"));
    }

    @Test
    void aMalformedIdIsA400Problem() throws Exception {
        MvcResult result = api.get("admin", "/api/documents/{id}", "not-a-uuid");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(Api.json(result).get("type").asText()).isEqualTo("https://recordpath.org/problems/bad-request");
    }

    @Test
    void theApiWithoutCredentialsIs401WithoutABasicChallenge() throws Exception {
        MvcResult result = mvc.perform(get("/api/patients")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("RecordPath"); // #11: no Basic prompt
        assertThat(Api.json(result).get("type").asText()).isEqualTo("https://recordpath.org/problems/unauthenticated");
    }

    @Test
    void wrongCredentialsAre401() throws Exception {
        MvcResult result = mvc.perform(get("/api/patients").with(httpBasic("navigator", "wrong")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
        MvcResult api = mvc.perform(get("/api/patients").with(httpBasic("admin", "demo")))
                .andReturn();
        MvcResult page = mvc.perform(get("/login")).andReturn();

        for (MvcResult result : new MvcResult[] {api, page}) {
            assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void theHealthEndpointIsUpWithoutSigningIn() throws Exception {
        MvcResult result = mvc.perform(get("/actuator/health")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(Api.json(result).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void aPatientDisplayNameWithControlCharactersIsRefused() throws Exception {
        MvcResult result = mvc.perform(post("/api/patients")
                        .with(httpBasic("navigator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"a\\u0007b\"}"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
