package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditQuery;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.processing.ReviewQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * #11 finding 5: every page and API endpoint of the application (walked from its mappings) is called by an admin on a
 * patient with a read document; each one that reads or changes health data must leave an audit event of the caller.
 * Only the endpoints listed in {@link #NO_HEALTH_DATA}, each with its reason, may leave none.
 */
@IntakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCoverageTest {
    /** Endpoints that neither read nor change health data, and why. */
    static final Map<String, String> NO_HEALTH_DATA = Map.of(
            "GET /login", "the sign-in form",
            "GET /error", "the error page",
            "GET /", "an admin's home redirects to /admin; the staff home is walked in staffHomeIsAudited",
            "GET /api/admin/accounts", "accounts (usernames and roles) only",
            "GET /admin/users", "accounts only; its patient select is audited as LIST_PATIENTS");

    /** Actions an endpoint is expected to leave at least, where the finding named them. */
    static final Map<String, String> EXPECTED = Map.of( // names, so that this also runs against older code
            "POST /review/documents/{id}/facts/{factId}", "REVIEW_FACT",
            "GET /patients/{id}/fhir", "EXPORT_FHIR",
            "GET /api/patients/{patientId}/fhir", "EXPORT_FHIR",
            "GET /api/patients", "LIST_PATIENTS",
            "GET /admin", "LIST_PATIENTS");

    private static final String PASSWORD = "audit walker passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    Accounts accounts;

    @Autowired
    Documents documents;

    @Autowired
    ReviewQueue reviews;

    @Autowired
    AuditLog audit;

    String walker;
    Map<String, Map<String, String>> variables;

    @BeforeAll
    void aPatientWithAReadDocument() throws Exception {
        walker = "audit-walker-" + UUID.randomUUID().toString().substring(0, 8);
        Viewer admin = accounts.create(new NewAccount(walker, PASSWORD, Role.ADMIN, null, false));
        String target = "audit-target-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(target, PASSWORD, Role.NAVIGATOR, null, false));
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();
        UUID reviewed = readDocument(admin, patient);
        UUID document = readDocument(admin, patient);
        long fact = reviews.open(admin, reviewed).facts().get(0).id();
        Map<String, String> common = Map.of(
                "patientId",
                patient.toString(),
                "username",
                target,
                "factId",
                Long.toString(fact),
                "page",
                "1",
                "change",
                "enable");
        variables = Map.of(
                "/patients/", with(common, "id", patient.toString()),
                "/admin/patients/", with(common, "id", patient.toString()),
                "/review/", with(common, "id", reviewed.toString()),
                "", with(common, "id", document.toString()));
    }

    /** A new document (distinct bytes, so never a duplicate) uploaded and read. */
    private UUID readDocument(Viewer admin, UUID patient) throws Exception {
        byte[] pdf = Corpus.distinct(Corpus.dev("D001", "BM_Biopsy_Report.pdf"));
        UUID document = documents
                .upload(admin, patient, "report.pdf", new java.io.ByteArrayInputStream(pdf))
                .id();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!documents.view(admin, document).status().name().equals("DONE")) {
            assertThat(System.nanoTime()).as("document read in time").isLessThan(deadline);
            Thread.sleep(100);
        }
        return document;
    }

    Stream<Arguments> everyEndpoint() {
        List<Arguments> endpoints = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                var methods = info.getMethodsCondition().getMethods();
                (methods.isEmpty()
                                ? java.util.Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                                : methods)
                        .forEach(m -> endpoints.add(Arguments.of(
                                m.name() + " " + pattern,
                                Stream.of(handler.getMethodParameters())
                                        .anyMatch(p -> p.getGenericParameterType()
                                                .getTypeName()
                                                .contains(MultipartFile.class.getName())))));
            }
        });
        assertThat(endpoints).as("endpoints").hasSizeGreaterThan(30);
        return endpoints.stream().sorted(java.util.Comparator.comparing(a -> (String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void everyEndpointThatTouchesHealthDataIsAudited(String endpoint, boolean upload) throws Exception { // #11
        long before = eventsOfWalker().total();

        MvcResult result = mvc.perform(call(endpoint, upload)).andReturn();

        var after = eventsOfWalker();
        if (NO_HEALTH_DATA.containsKey(endpoint)) {
            return;
        }
        assertThat(result.getResponse().getStatus()).as(endpoint + " answered").isLessThan(500);
        assertThat(after.total()).as(endpoint + " left an audit event").isGreaterThan(before);
        if (EXPECTED.containsKey(endpoint)) {
            assertThat(after.events().subList(0, (int)
                            Math.min(after.total() - before, after.events().size())))
                    .extracting(e -> e.action().name())
                    .contains(EXPECTED.get(endpoint));
        }
    }

    @org.junit.jupiter.api.Test
    void staffHomeIsAudited() throws Exception { // #11
        AuditAction listPatients = AuditAction.valueOf("LIST_PATIENTS");
        long before = audit.search(new AuditQuery(null, "navigator", listPatients, null, null, 0, 1))
                .total();

        MvcResult result = mvc.perform(
                        request(HttpMethod.GET, "/").with(user("navigator").roles("NAVIGATOR")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(audit.search(new AuditQuery(null, "navigator", listPatients, null, null, 0, 1))
                        .total())
                .isGreaterThan(before);
    }

    private AbstractMockHttpServletRequestBuilder<?> call(String endpoint, boolean upload) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        Object[] vars = vars(pattern);
        AbstractMockHttpServletRequestBuilder<?> request = upload
                ? multipart(HttpMethod.valueOf(method), pattern, vars)
                        .file(new MockMultipartFile(
                                "file",
                                "r.pdf",
                                "application/pdf",
                                Corpus.distinct(Corpus.dev("D001", "BM_Biopsy_Report.pdf"))))
                : request(HttpMethod.valueOf(method), pattern, vars);
        if (pattern.startsWith("/api/")) {
            if (!method.equals("GET") && !upload) {
                request.contentType(MediaType.APPLICATION_JSON).content(jsonBody(pattern));
            }
            return request.with(httpBasic(walker, PASSWORD));
        }
        request.param("action", "CONFIRMED")
                .param("username", variables.get("").get("username"))
                .param("password", "a new account passphrase")
                .param("role", "NAVIGATOR");
        return request.with(user(walker).roles("ADMIN")).with(csrf());
    }

    private static String jsonBody(String pattern) {
        if (pattern.endsWith("/role")) {
            return "{\"role\":\"CLINICIAN\"}";
        }
        if (pattern.equals("/api/admin/accounts")) {
            return "{\"username\":\"walked-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"password\":\"a new account passphrase\",\"role\":\"CLINICIAN\"}";
        }
        return "{}";
    }

    private Object[] vars(String pattern) {
        String prefix = variables.keySet().stream()
                .filter(p -> !p.isEmpty() && pattern.startsWith(p))
                .findFirst()
                .orElse("");
        Map<String, String> values = variables.get(prefix);
        return Pattern.compile("\\{(\\w+)(:[^}]*)?}")
                .matcher(pattern)
                .results()
                .map(m -> {
                    assertThat(values).as("a value for " + m.group()).containsKey(m.group(1));
                    return values.get(m.group(1));
                })
                .toArray();
    }

    private org.recordpath.intake.audit.AuditPage eventsOfWalker() {
        return audit.search(new AuditQuery(null, walker, null, null, null, 0, 200));
    }

    private static Map<String, String> with(Map<String, String> common, String key, String value) {
        Map<String, String> all = new java.util.HashMap<>(common);
        all.put(key, value);
        return Map.copyOf(all);
    }
}
