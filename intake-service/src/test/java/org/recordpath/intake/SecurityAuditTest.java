package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditEvent;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditOutcome;
import org.recordpath.intake.audit.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Encryption at rest, the audit trail (sign-ins, reads, refusals), sign-in throttling and the security headers. */
@IntakeTest
class SecurityAuditTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Value("${recordpath.storage.directory}")
    Path storage;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void documentBytesOnDiskHideTheirTextAndReadBackIdenticallyWithAnAuditEvent() throws Exception {
        UUID patient = api.createPatient("navigator");
        String marker = "Synthetic-marker-" + UUID.randomUUID();
        byte[] text = ("Synthetic note for tests only.\n" + marker + "\nHemoglobin 9.1 g/dL\n")
                .getBytes(StandardCharsets.UTF_8);

        UUID id = UUID.fromString(Api.json(api.upload("navigator", patient, "note.txt", text))
                .get("id")
                .asText());
        byte[] onDisk = Files.readAllBytes(storage.resolve(patient.toString()).resolve(id.toString()));
        MvcResult content = api.get("navigator", "/api/documents/{id}/content", id);

        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1))
                .doesNotContain(marker)
                .doesNotContain("Synthetic");
        assertThat(content.getResponse().getStatus()).isEqualTo(200);
        assertThat(content.getResponse().getContentAsByteArray()).isEqualTo(text);
        assertThat(content.getResponse().getHeader("Content-Disposition")).contains("note.txt");
        assertThat(events("navigator", patient))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.READ_DOCUMENT_CONTENT);
                    assertThat(e.targetId()).isEqualTo(id.toString());
                    assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
                    assertThat(e.role()).isEqualTo("NAVIGATOR");
                    assertThat(e.remoteAddress()).isNotBlank();
                })
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.UPLOAD))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CREATE_PATIENT));

        JsonNode done = api.awaitFinished("navigator", id, Duration.ofSeconds(60));
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("contentType").asText()).isEqualTo("text/plain");
        assertThat(api.get("navigator", "/api/documents/{id}/content", id)
                        .getResponse()
                        .getContentType())
                .startsWith("text/plain");
    }

    @Test
    void readsAndRefusalsOfHealthDataAreAudited() throws Exception {
        UUID patient = api.createPatient("navigator");
        Instant before = Instant.now();

        api.get("navigator", "/api/patients/{id}/profile", patient);
        api.get("navigator", "/api/patients/{id}/guidance", patient);
        MvcResult refused = api.get("clinician", "/api/patients/{id}/profile", patient);

        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(events("navigator", patient))
                .anySatisfy(e -> assertThat(e)
                        .extracting(AuditEvent::action, AuditEvent::outcome)
                        .containsExactly(AuditAction.READ_PROFILE, AuditOutcome.ALLOWED))
                .anySatisfy(e -> assertThat(e)
                        .extracting(AuditEvent::action, AuditEvent::outcome)
                        .containsExactly(AuditAction.READ_GUIDANCE, AuditOutcome.ALLOWED));
        assertThat(events("clinician", patient))
                .anySatisfy(e -> assertThat(e)
                        .extracting(AuditEvent::action, AuditEvent::outcome)
                        .containsExactly(AuditAction.READ_PROFILE, AuditOutcome.DENIED));

        JsonNode page = api.getJson(
                "admin",
                "/api/audit?patient={p}&from={f}&size=2",
                patient,
                before.minusMillis(1).toString());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("events")).hasSize(2);
        assertThat(page.get("events").get(0).get("actor").asText())
                .as("newest first")
                .isEqualTo("clinician");
        assertThat(api.getJson(
                                "admin",
                                "/api/audit?patient={p}&to={t}",
                                patient,
                                before.minusSeconds(3600).toString())
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("admin", "/api/audit?size=100000").getResponse().getStatus())
                .isEqualTo(400);
        assertThat(api.get("admin", "/api/audit?from=yesterday").getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void aRoleRefusalIsAuditedAsDenied() throws Exception {
        String name = fresh("pat", Role.PATIENT);

        MvcResult result = api.get(name, "/api/audit");

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(events(name, null))
                .anySatisfy(e -> assertThat(e)
                        .extracting(AuditEvent::action, AuditEvent::outcome, AuditEvent::targetId)
                        .containsExactly(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, "GET /api/audit"));
    }

    @Test
    void signInsBothFormAndBasicAreAuditedSuccessesAndFailures() throws Exception {
        String form = fresh("form", Role.NAVIGATOR);
        String basic = fresh("basic", Role.CLINICIAN);

        MvcResult ok =
                mvc.perform(formLogin("/login").user(form).password("demo")).andReturn();
        MvcResult bad =
                mvc.perform(formLogin("/login").user(form).password("nope")).andReturn();
        api.get(basic, "/api/patients");
        api.get(basic, "/api/patients");
        MvcResult basicBad =
                mvc.perform(get("/api/patients").with(httpBasic(basic, "nope"))).andReturn();

        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(basicBad.getResponse().getStatus()).isEqualTo(401);
        assertThat(events(form, null))
                .extracting(AuditEvent::action, AuditEvent::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.LOGIN_FAILURE, AuditOutcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.LOGIN_SUCCESS, AuditOutcome.ALLOWED));
        assertThat(events(form, null).get(1).role()).isEqualTo("NAVIGATOR");
        assertThat(events(basic, null))
                .filteredOn(e -> e.action().name().startsWith("LOGIN")) // #11: the list read is audited too
                .as("one Basic success per user and address per interval, every failure")
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.LOGIN_FAILURE, AuditAction.LOGIN_SUCCESS);
    }

    @Test
    void fiveFailedSignInsMakeThatClientWaitWithTheSameAnswerAsAWrongPassword() throws Exception {
        String name = fresh("locked", Role.NAVIGATOR);
        String other = fresh("unlocked", Role.NAVIGATOR);

        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(get("/api/patients").with(httpBasic(name, "wrong-" + i)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(401);
        }
        MvcResult right =
                mvc.perform(get("/api/patients").with(httpBasic(name, "demo"))).andReturn();
        MvcResult wrong = mvc.perform(get("/api/patients").with(httpBasic(other, "wrong")))
                .andReturn();
        MvcResult form =
                mvc.perform(formLogin("/login").user(name).password("demo")).andReturn();
        MvcResult owner = mvc.perform(
                        get("/api/patients") // #11: anyone could lock any account, the admin included
                                .with(httpBasic(name, "demo"))
                                .with(r -> {
                                    r.setRemoteAddr("10.20.30.40");
                                    return r;
                                }))
                .andReturn();

        assertThat(right.getResponse().getStatus()).isEqualTo(401);
        assertThat(right.getResponse().getContentAsString())
                .isEqualTo(wrong.getResponse().getContentAsString());
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(owner.getResponse().getStatus())
                .as("the owner from another client")
                .isEqualTo(200);
        assertThat(api.get(other, "/api/patients").getResponse().getStatus()).isEqualTo(200);
        assertThat(events(name, null))
                .filteredOn(e -> e.action().name().startsWith("LOGIN")) // #11: the list read is audited too
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.LOGIN_SUCCESS,
                        AuditAction.LOGIN_LOCKED,
                        AuditAction.LOGIN_LOCKED,
                        AuditAction.LOGIN_FAILURE,
                        AuditAction.LOGIN_FAILURE,
                        AuditAction.LOGIN_FAILURE,
                        AuditAction.LOGIN_FAILURE,
                        AuditAction.LOGIN_FAILURE);
    }

    @Test
    void theOwnerIsToldOfFailedSignInsOnTheFirstPageAfterSigningIn() throws Exception { // #11
        String name = fresh("told", Role.NAVIGATOR);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login")
                    .param("username", name)
                    .param("password", "wrong-" + i)
                    .with(csrf())
                    .with(r -> {
                        r.setRemoteAddr("10.66.0.1");
                        return r;
                    }));
        }
        MvcResult signIn =
                mvc.perform(formLogin("/login").user(name).password("demo")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession)
                signIn.getRequest().getSession(false);

        String home =
                mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        String again =
                mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();

        assertThat(home).contains("3 sign-ins to your account failed since you last signed in");
        assertThat(again).doesNotContain("sign-ins to your account failed");
    }

    @Test
    void pagesSendStrictHeadersAndRefuseFormsWithoutACsrfToken() throws Exception {
        MvcResult login = mvc.perform(get("/login")).andReturn();
        MvcResult noToken = mvc.perform(post("/documents/{id}/rerun", UUID.randomUUID())
                        .with(user("navigator").roles("NAVIGATOR")))
                .andReturn();

        assertThat(login.getResponse().getHeader("Content-Security-Policy"))
                .startsWith("default-src 'self'")
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(login.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(login.getResponse().getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(noToken.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theAuditPageIsForAdminsWithLabelledFilters() throws Exception {
        UUID own = accounts.viewer("patient").orElseThrow().patientId();
        api.get("navigator", "/api/patients/{id}/profile", own);
        MvcResult admin = mvc.perform(get("/admin/audit")
                        .param("user", "navigator")
                        .with(user("admin").roles("ADMIN")))
                .andReturn();
        MvcResult navigator = mvc.perform(
                        get("/admin/audit").with(user("navigator").roles("NAVIGATOR")))
                .andReturn();
        MvcResult badFilter = mvc.perform(get("/admin/audit")
                        .param("from", "soon")
                        .with(user("admin").roles("ADMIN")))
                .andReturn();

        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
        assertThat(admin.getResponse().getContentAsString())
                .contains("<label for=\"audit-patient\">")
                .contains("<label for=\"audit-user\">")
                .contains("<label for=\"audit-from\">")
                .contains("<label for=\"audit-to\">")
                .contains("<th scope=\"col\">Action</th>")
                .contains("<td>READ_PROFILE</td>");
        assertThat(navigator.getResponse().getStatus()).isEqualTo(403);
        assertThat(badFilter.getResponse().getContentAsString()).contains("From must be an instant");
    }

    private String fresh(String prefix, Role role) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID patient =
                role == Role.PATIENT ? accounts.viewer("patient").orElseThrow().patientId() : null;
        accounts.create(new NewAccount(name, "demo", role, patient, false));
        return name;
    }

    private List<AuditEvent> events(String actor, UUID patient) {
        return audit.search(new AuditQuery(patient, actor, null, null, 0, AuditQuery.MAX_SIZE))
                .events();
    }
}
