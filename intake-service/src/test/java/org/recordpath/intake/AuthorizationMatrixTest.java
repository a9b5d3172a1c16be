package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every API endpoint × every role × the caller's own patient and another patient. "Own" is the demo patient: the
 * patient account is bound to it and navigator and clinician are assigned to it. "Other" was created by another
 * navigator. Another patient's data is always 404, never data; role refusals are 403; no credentials is 401.
 */
@IntakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
    enum Endpoint {
        LIST_DOCUMENTS,
        PROFILE,
        GUIDANCE,
        FHIR_EXPORT,
        DOCUMENT,
        CONTENT,
        UPLOAD,
        RERUN,
        CREATE_PATIENT,
        LIST_PATIENTS,
        AUDIT,
        ADMIN_LIST_ACCOUNTS,
        ADMIN_CREATE_ACCOUNT,
        ADMIN_CHANGE_ROLE,
        ADMIN_DISABLE,
        ADMIN_ENABLE,
        ADMIN_ASSIGNMENTS,
        ADMIN_ASSIGN,
        ADMIN_UNASSIGN
    }

    /** Every API endpoint (method and pattern as mapped) that the {@link Endpoint}s exercise. */
    static final Set<String> COVERED = Set.of(
            "GET /api/patients/{patientId}/documents",
            "GET /api/patients/{patientId}/profile",
            "GET /api/patients/{patientId}/guidance",
            "GET /api/patients/{patientId}/fhir",
            "GET /api/documents/{id}",
            "GET /api/documents/{id}/content",
            "POST /api/patients/{patientId}/documents",
            "POST /api/documents/{id}/rerun",
            "POST /api/patients",
            "GET /api/patients",
            "GET /api/audit",
            "GET /api/admin/accounts",
            "POST /api/admin/accounts",
            "POST /api/admin/accounts/{username}/role",
            "POST /api/admin/accounts/{username}/disable",
            "POST /api/admin/accounts/{username}/enable",
            "GET /api/admin/patients/{patientId}/assignments",
            "POST /api/admin/patients/{patientId}/assignments/{username}",
            "DELETE /api/admin/patients/{patientId}/assignments/{username}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMapping;

    @Autowired
    Accounts accounts;

    @Autowired
    Patients patients;

    @Autowired
    Documents documents;

    UUID ownPatient;
    UUID otherPatient;
    UUID ownDocument;
    UUID otherDocument;
    Viewer admin;
    /** The account the admin endpoints change (role, enabled, assignments); no other test signs in with it. */
    String adminTarget;

    @BeforeAll
    void twoPatientsWithADocumentEach() throws Exception {
        admin = accounts.viewer("admin").orElseThrow();
        ownPatient = accounts.viewer("patient").orElseThrow().patientId();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Viewer otherNavigator =
                accounts.create(new NewAccount("navigator-" + suffix, "demo", Role.NAVIGATOR, null, false));
        otherPatient = patients.create(otherNavigator, null).id();
        accounts.create(new NewAccount("patient-" + suffix, "demo", Role.PATIENT, otherPatient, false));
        adminTarget = "matrix-target-" + suffix;
        accounts.create(new NewAccount(adminTarget, "demo", Role.NAVIGATOR, null, false));
        ownDocument = upload(ownPatient);
        otherDocument = upload(otherPatient);
    }

    @ParameterizedTest(name = "{0} as {1} on {2} patient → {3}")
    @CsvSource({
        "LIST_DOCUMENTS, PATIENT, OWN, 200",
        "LIST_DOCUMENTS, PATIENT, OTHER, 404",
        "LIST_DOCUMENTS, NAVIGATOR, OWN, 200",
        "LIST_DOCUMENTS, NAVIGATOR, OTHER, 404",
        "LIST_DOCUMENTS, CLINICIAN, OWN, 200",
        "LIST_DOCUMENTS, CLINICIAN, OTHER, 404",
        "LIST_DOCUMENTS, ADMIN, OWN, 200",
        "LIST_DOCUMENTS, ADMIN, OTHER, 200",
        "PROFILE, PATIENT, OWN, 200",
        "PROFILE, PATIENT, OTHER, 404",
        "PROFILE, NAVIGATOR, OWN, 200",
        "PROFILE, NAVIGATOR, OTHER, 404",
        "PROFILE, CLINICIAN, OWN, 200",
        "PROFILE, CLINICIAN, OTHER, 404",
        "PROFILE, ADMIN, OWN, 200",
        "PROFILE, ADMIN, OTHER, 200",
        "GUIDANCE, PATIENT, OWN, 200",
        "GUIDANCE, PATIENT, OTHER, 404",
        "GUIDANCE, NAVIGATOR, OWN, 200",
        "GUIDANCE, NAVIGATOR, OTHER, 404",
        "GUIDANCE, CLINICIAN, OWN, 200",
        "GUIDANCE, CLINICIAN, OTHER, 404",
        "GUIDANCE, ADMIN, OWN, 200",
        "GUIDANCE, ADMIN, OTHER, 200",
        "FHIR_EXPORT, PATIENT, OWN, 200",
        "FHIR_EXPORT, PATIENT, OTHER, 404",
        "FHIR_EXPORT, NAVIGATOR, OWN, 200",
        "FHIR_EXPORT, NAVIGATOR, OTHER, 404",
        "FHIR_EXPORT, CLINICIAN, OWN, 200",
        "FHIR_EXPORT, CLINICIAN, OTHER, 404",
        "FHIR_EXPORT, ADMIN, OWN, 200",
        "FHIR_EXPORT, ADMIN, OTHER, 200",
        "DOCUMENT, PATIENT, OWN, 200",
        "DOCUMENT, PATIENT, OTHER, 404",
        "DOCUMENT, NAVIGATOR, OWN, 200",
        "DOCUMENT, NAVIGATOR, OTHER, 404",
        "DOCUMENT, CLINICIAN, OWN, 200",
        "DOCUMENT, CLINICIAN, OTHER, 404",
        "DOCUMENT, ADMIN, OWN, 200",
        "DOCUMENT, ADMIN, OTHER, 200",
        "CONTENT, PATIENT, OWN, 200",
        "CONTENT, PATIENT, OTHER, 404",
        "CONTENT, NAVIGATOR, OWN, 200",
        "CONTENT, NAVIGATOR, OTHER, 404",
        "CONTENT, CLINICIAN, OWN, 200",
        "CONTENT, CLINICIAN, OTHER, 404",
        "CONTENT, ADMIN, OWN, 200",
        "CONTENT, ADMIN, OTHER, 200",
        "UPLOAD, PATIENT, OWN, 202",
        "UPLOAD, PATIENT, OTHER, 404",
        "UPLOAD, NAVIGATOR, OWN, 202",
        "UPLOAD, NAVIGATOR, OTHER, 404",
        "UPLOAD, CLINICIAN, OWN, 202",
        "UPLOAD, CLINICIAN, OTHER, 404",
        "UPLOAD, ADMIN, OWN, 202",
        "UPLOAD, ADMIN, OTHER, 202",
        "RERUN, PATIENT, OWN, 403",
        "RERUN, PATIENT, OTHER, 403",
        "RERUN, NAVIGATOR, OWN, 202",
        "RERUN, NAVIGATOR, OTHER, 404",
        "RERUN, CLINICIAN, OWN, 403",
        "RERUN, CLINICIAN, OTHER, 403",
        "RERUN, ADMIN, OWN, 202",
        "RERUN, ADMIN, OTHER, 202"
    })
    void patientScopedEndpointsAnswerOnlyForVisiblePatients(Endpoint endpoint, Role role, String target, int status)
            throws Exception {
        boolean own = target.equals("OWN");
        UUID patient = own ? ownPatient : otherPatient;
        UUID document = own ? ownDocument : otherDocument;
        if (endpoint == Endpoint.RERUN) {
            awaitFinished(document);
        }

        MvcResult result = mvc.perform(request(endpoint, patient, document).with(httpBasic(user(role), "demo")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        if (status == 404) {
            JsonNode problem = Api.json(result);
            assertThat(problem.get("type").asText()).isEqualTo("https://recordpath.org/problems/not-found");
            assertThat(problem.properties().stream().map(java.util.Map.Entry::getKey))
                    .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "correlationId");
        }
        if (status == 403) {
            assertThat(Api.json(result).get("type").asText()).isEqualTo("https://recordpath.org/problems/forbidden");
        }
    }

    @ParameterizedTest(name = "create a patient as {0} → {1}")
    @CsvSource({"PATIENT, 403", "NAVIGATOR, 201", "CLINICIAN, 403", "ADMIN, 201"})
    void onlyNavigatorsAndAdminsCreatePatients(Role role, int status) throws Exception {
        MvcResult result = mvc.perform(
                        request(Endpoint.CREATE_PATIENT, null, null).with(httpBasic(user(role), "demo")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(status);
    }

    @ParameterizedTest(name = "read the audit trail as {0} → {1}")
    @CsvSource({"PATIENT, 403", "NAVIGATOR, 403", "CLINICIAN, 403", "ADMIN, 200"})
    void onlyAdminsReadTheAuditTrail(Role role, int status) throws Exception {
        MvcResult result = mvc.perform(request(Endpoint.AUDIT, ownPatient, null).with(httpBasic(user(role), "demo")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        if (status == 403) {
            assertThat(Api.json(result).get("type").asText()).isEqualTo("https://recordpath.org/problems/forbidden");
        }
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource({
        "ADMIN_LIST_ACCOUNTS, PATIENT, 403",
        "ADMIN_LIST_ACCOUNTS, NAVIGATOR, 403",
        "ADMIN_LIST_ACCOUNTS, CLINICIAN, 403",
        "ADMIN_LIST_ACCOUNTS, ADMIN, 200",
        "ADMIN_CREATE_ACCOUNT, PATIENT, 403",
        "ADMIN_CREATE_ACCOUNT, NAVIGATOR, 403",
        "ADMIN_CREATE_ACCOUNT, CLINICIAN, 403",
        "ADMIN_CREATE_ACCOUNT, ADMIN, 201",
        "ADMIN_CHANGE_ROLE, PATIENT, 403",
        "ADMIN_CHANGE_ROLE, NAVIGATOR, 403",
        "ADMIN_CHANGE_ROLE, CLINICIAN, 403",
        "ADMIN_CHANGE_ROLE, ADMIN, 200",
        "ADMIN_DISABLE, PATIENT, 403",
        "ADMIN_DISABLE, NAVIGATOR, 403",
        "ADMIN_DISABLE, CLINICIAN, 403",
        "ADMIN_DISABLE, ADMIN, 200",
        "ADMIN_ENABLE, PATIENT, 403",
        "ADMIN_ENABLE, NAVIGATOR, 403",
        "ADMIN_ENABLE, CLINICIAN, 403",
        "ADMIN_ENABLE, ADMIN, 200",
        "ADMIN_ASSIGNMENTS, PATIENT, 403",
        "ADMIN_ASSIGNMENTS, NAVIGATOR, 403",
        "ADMIN_ASSIGNMENTS, CLINICIAN, 403",
        "ADMIN_ASSIGNMENTS, ADMIN, 200",
        "ADMIN_ASSIGN, PATIENT, 403",
        "ADMIN_ASSIGN, NAVIGATOR, 403",
        "ADMIN_ASSIGN, CLINICIAN, 403",
        "ADMIN_ASSIGN, ADMIN, 200",
        "ADMIN_UNASSIGN, PATIENT, 403",
        "ADMIN_UNASSIGN, NAVIGATOR, 403",
        "ADMIN_UNASSIGN, CLINICIAN, 403",
        "ADMIN_UNASSIGN, ADMIN, 200"
    })
    void onlyAdminsAdministerAccountsAndAssignments(Endpoint endpoint, Role role, int status) throws Exception {
        MvcResult result = mvc.perform(request(endpoint, otherPatient, null).with(httpBasic(user(role), "demo")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        if (status == 403) {
            assertThat(Api.json(result).get("type").asText()).isEqualTo("https://recordpath.org/problems/forbidden");
        }
    }

    @ParameterizedTest(name = "list patients as {0}: own {1}, other {2}")
    @CsvSource({"PATIENT, true, false", "NAVIGATOR, true, false", "CLINICIAN, true, false", "ADMIN, true, true"})
    void thePatientListHoldsOnlyVisiblePatients(Role role, boolean seesOwn, boolean seesOther) throws Exception {
        MvcResult result = mvc.perform(
                        request(Endpoint.LIST_PATIENTS, null, null).with(httpBasic(user(role), "demo")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Set<String> ids = Set.copyOf(Api.json(result).findValuesAsText("id"));
        assertThat(ids.contains(ownPatient.toString())).isEqualTo(seesOwn);
        assertThat(ids.contains(otherPatient.toString())).isEqualTo(seesOther);
        if (role == Role.PATIENT) {
            assertThat(ids).containsExactly(ownPatient.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void theMatrixCoversEveryApiEndpointOfTheApplication() {
        Set<String> mapped = new java.util.TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        });
        assertThat(mapped).as("API endpoints; add new ones to the matrix").isEqualTo(new java.util.TreeSet<>(COVERED));
    }

    @ParameterizedTest(name = "{0} without credentials → 401")
    @EnumSource(Endpoint.class)
    void everyEndpointRefusesCallsWithoutCredentials(Endpoint endpoint) throws Exception {
        MvcResult result =
                mvc.perform(request(endpoint, ownPatient, ownDocument)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, UUID patient, UUID document) {
        switch (endpoint) {
            case LIST_DOCUMENTS:
                return get("/api/patients/{id}/documents", patient);
            case PROFILE:
                return get("/api/patients/{id}/profile", patient);
            case GUIDANCE:
                return get("/api/patients/{id}/guidance", patient);
            case FHIR_EXPORT:
                return get("/api/patients/{id}/fhir", patient);
            case DOCUMENT:
                return get("/api/documents/{id}", document);
            case CONTENT:
                return get("/api/documents/{id}/content", document);
            case AUDIT:
                return get("/api/audit").param("patient", String.valueOf(patient));
            case UPLOAD:
                return multipart("/api/patients/{id}/documents", patient)
                        .file(new MockMultipartFile(
                                "file",
                                "report.pdf",
                                "application/pdf",
                                Corpus.distinct(Corpus.dev("D001", "BM_Biopsy_Report.pdf"))));
            case RERUN:
                return post("/api/documents/{id}/rerun", document);
            case ADMIN_LIST_ACCOUNTS:
                return get("/api/admin/accounts");
            case ADMIN_CREATE_ACCOUNT:
                return post("/api/admin/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"matrix-" + UUID.randomUUID()
                                + "\",\"password\":\"matrix passphrase\",\"role\":\"CLINICIAN\"}");
            case ADMIN_CHANGE_ROLE:
                return post("/api/admin/accounts/{u}/role", adminTarget)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"NAVIGATOR\"}");
            case ADMIN_DISABLE:
                return post("/api/admin/accounts/{u}/disable", adminTarget);
            case ADMIN_ENABLE:
                return post("/api/admin/accounts/{u}/enable", adminTarget);
            case ADMIN_ASSIGNMENTS:
                return get("/api/admin/patients/{id}/assignments", patient);
            case ADMIN_ASSIGN:
                return post("/api/admin/patients/{id}/assignments/{u}", patient, adminTarget);
            case ADMIN_UNASSIGN:
                return delete("/api/admin/patients/{id}/assignments/{u}", patient, adminTarget);
            case CREATE_PATIENT:
                return post("/api/patients")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}");
            default:
                return get("/api/patients");
        }
    }

    private static String user(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private UUID upload(UUID patient) throws Exception {
        try (var in = java.nio.file.Files.newInputStream(Corpus.dev("D001", "BM_Biopsy_Report.pdf"))) {
            UUID id = documents.upload(admin, patient, "report.pdf", in).id();
            awaitFinished(id);
            return id;
        }
    }

    private void awaitFinished(UUID document) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Set.of("DONE", "FAILED")
                .contains(documents.view(admin, document).status().name())) {
            assertThat(System.nanoTime()).as("document finished in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
