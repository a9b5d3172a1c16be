package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.documents.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * #11 finding 1: cross-site request forgery on {@code /api}. Every state-changing API endpoint, derived from the
 * application's mappings, is called as the admin with valid credentials (as a browser that remembered them would
 * send) but from a foreign origin; each must be refused with 403 before it does anything. A request with a body a
 * plain HTML form can send ({@code text/plain}, {@code application/x-www-form-urlencoded}) is 415 even without an
 * Origin. Clients without browser headers (curl) and same-origin calls keep working.
 */
@IntakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteApiTest {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String FOREIGN = "http://attacker.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    Accounts accounts;

    @Autowired
    Documents documents;

    Map<String, String> variables;

    @BeforeAll
    void realTargets() throws Exception {
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();
        String target = "csrf-target-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(target, "a long enough passphrase", Role.NAVIGATOR, null, false));
        UUID document;
        try (var in = java.nio.file.Files.newInputStream(Corpus.dev("D001", "BM_Biopsy_Report.pdf"))) {
            document = documents.upload(admin, patient, "report.pdf", in).id();
        }
        variables = Map.of("patientId", patient.toString(), "id", document.toString(), "username", target);
    }

    /** Method, pattern and handler of every state-changing mapping under /api. */
    Stream<Arguments> stateChangingEndpoints() {
        List<Arguments> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                handlerMapping.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                e.getKey().getMethodsCondition().getMethods().stream()
                        .filter(m -> pattern.startsWith("/api/") && STATE_CHANGING.contains(m.name()))
                        .forEach(m -> endpoints.add(Arguments.of(m.name(), pattern, e.getValue())));
            }
        }
        assertThat(endpoints).as("state-changing API endpoints").hasSizeGreaterThanOrEqualTo(9);
        return endpoints.stream();
    }

    @ParameterizedTest(name = "{0} {1} from a foreign origin (cross-site) → 403")
    @MethodSource("stateChangingEndpoints")
    void aCrossSiteCallIsRefusedOnEveryStateChangingEndpoint(String method, String pattern, HandlerMethod handler)
            throws Exception { // #11
        MvcResult result = mvc.perform(asAClientWould(method, pattern, handler)
                        .header("Origin", FOREIGN)
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Sec-Fetch-Mode", "navigate"))
                .andReturn();

        assertRefused(result, 403);
    }

    @ParameterizedTest(name = "{0} {1} with only a foreign Origin → 403")
    @MethodSource("stateChangingEndpoints")
    void aForeignOriginIsRefusedWithoutFetchMetadata(String method, String pattern, HandlerMethod handler)
            throws Exception { // #11: browsers that send no Sec-Fetch-* still send Origin on a POST
        MvcResult result = mvc.perform(asAClientWould(method, pattern, handler).header("Origin", FOREIGN))
                .andReturn();

        assertRefused(result, 403);
    }

    @ParameterizedTest(name = "{0} {1} from the same site but another origin → 403")
    @MethodSource("stateChangingEndpoints")
    void aSameSiteCallFromAnotherOriginIsRefused(String method, String pattern, HandlerMethod handler)
            throws Exception { // #11: another port or subdomain of the same site is still another application
        MvcResult result = mvc.perform(asAClientWould(method, pattern, handler).header("Sec-Fetch-Site", "same-site"))
                .andReturn();

        assertRefused(result, 403);
    }

    @ParameterizedTest(name = "{0} {1} with a text/plain body, as a form posts it → 415")
    @MethodSource("stateChangingEndpoints")
    void aFormBodyIsRefusedOnEveryStateChangingEndpoint(String method, String pattern, HandlerMethod handler)
            throws Exception { // #11: the attack's <form enctype=text/plain>
        MvcResult result = mvc.perform(request(HttpMethod.valueOf(method), pattern, vars(pattern))
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("{\"x\":\"=\"}"))
                .andReturn();

        assertRefused(result, 415);
    }

    @ParameterizedTest(name = "{0} with Sec-Fetch-Site {1} and Origin {2} → {3}")
    @CsvSource({
        "application/json, same-origin, http://localhost, 201",
        "application/json, none, , 201",
        "application/json, , , 201",
        "application/json, cross-site, , 403",
        "application/json, same-site, http://localhost:8443, 403",
        "application/json, , null, 403",
        "application/json, , http://localhost.attacker.example, 403",
        "application/x-www-form-urlencoded, , , 415",
        "text/plain, same-origin, http://localhost, 415"
    })
    void creatingAPatientFollowsTheOriginAndBodyRule(String type, String site, String origin, int status)
            throws Exception { // #11
        AbstractMockHttpServletRequestBuilder<?> post = request(HttpMethod.POST, "/api/patients")
                .with(httpBasic("navigator", "demo"))
                .contentType(type)
                .content("{}");
        if (site != null) {
            post.header("Sec-Fetch-Site", site);
        }
        if (origin != null) {
            post.header("Origin", origin);
        }

        assertThat(mvc.perform(post).andReturn().getResponse().getStatus()).isEqualTo(status);
    }

    @ParameterizedTest(name = "multipart upload from a browser, client header {0} → {1}")
    @CsvSource({"true, 202", "false, 403"})
    void aBrowserUploadToTheApiNeedsTheClientHeader(boolean header, int status) throws Exception { // #11
        var upload = multipart("/api/patients/{id}/documents", variables.get("patientId"))
                .file(new MockMultipartFile("file", "r.pdf", "application/pdf", distinctPdf()))
                .with(httpBasic("admin", "demo"))
                .header("Origin", "http://localhost")
                .header("Sec-Fetch-Site", "same-origin");
        if (header) {
            upload.header("X-RecordPath-Client", "1");
        }

        assertThat(mvc.perform(upload).andReturn().getResponse().getStatus()).isEqualTo(status);
    }

    @Test
    void aMultipartUploadWithoutBrowserHeadersKeepsWorking() throws Exception { // #11: curl -F
        var upload = multipart("/api/patients/{id}/documents", variables.get("patientId"))
                .file(new MockMultipartFile("file", "r.pdf", "application/pdf", distinctPdf()))
                .with(httpBasic("admin", "demo"));

        assertThat(mvc.perform(upload).andReturn().getResponse().getStatus()).isEqualTo(202);
    }

    @Test
    void aRefused401NeverInvitesTheBrowsersBasicPrompt() throws Exception { // #11
        MvcResult result = mvc.perform(request(HttpMethod.GET, "/api/patients")
                        .header("Accept", "text/html")
                        .header("Sec-Fetch-Mode", "navigate"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getHeader("WWW-Authenticate"))
                .isNotNull()
                .doesNotStartWithIgnoringCase("basic");
    }

    private AbstractMockHttpServletRequestBuilder<?> asAClientWould(
            String method, String pattern, HandlerMethod handler) {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (takes(handler, MultipartFile.class)) {
            request = multipart(HttpMethod.valueOf(method), pattern, vars(pattern))
                    .file(new MockMultipartFile("file", "r.pdf", "application/pdf", distinctPdf()));
        } else {
            request = request(HttpMethod.valueOf(method), pattern, vars(pattern));
            if (takesBody(handler)) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        return request.with(httpBasic("admin", "demo"));
    }

    private Object[] vars(String pattern) {
        return java.util.regex.Pattern.compile("\\{(\\w+)}")
                .matcher(pattern)
                .results()
                .map(m -> {
                    assertThat(variables).as("a value for " + m.group()).containsKey(m.group(1));
                    return variables.get(m.group(1));
                })
                .toArray();
    }

    private static boolean takes(HandlerMethod handler, Class<?> type) {
        return Stream.of(handler.getMethodParameters())
                .map(MethodParameter::getParameterType)
                .anyMatch(type::isAssignableFrom);
    }

    private static boolean takesBody(HandlerMethod handler) {
        return Stream.of(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }

    private static byte[] distinctPdf() {
        return Corpus.distinct(Corpus.dev("D001", "BM_Biopsy_Report.pdf"));
    }

    private static void assertRefused(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(Api.json(result).get("type").asText())
                .isEqualTo("https://recordpath.org/problems/cross-site-request");
    }
}
