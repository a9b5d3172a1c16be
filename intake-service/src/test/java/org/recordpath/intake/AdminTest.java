package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Admin: accounts (create, role, disable/enable), assignments and their effect on visibility, all audited. */
@IntakeTest
class AdminTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anUnassignedNavigatorNoLongerSeesThePatientAndSeesItAgainOnceAssigned() throws Exception {
        String navigator = "nav-" + suffix;
        accounts.create(new NewAccount(navigator, "demo", Role.NAVIGATOR, null, false));
        UUID patient = UUID.fromString(Api.json(mvc.perform(post("/api/patients")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")
                                .with(httpBasic(navigator, "demo")))
                        .andReturn())
                .get("id")
                .asText());
        assertThat(status(get("/api/patients/{id}/profile", patient), navigator))
                .isEqualTo(200);
        assertThat(assigned(patient)).contains(navigator);

        MvcResult removed = admin(delete("/api/admin/patients/{id}/assignments/{u}", patient, navigator));

        assertThat(removed.getResponse().getStatus()).isEqualTo(200);
        assertThat(assigned(patient)).doesNotContain(navigator);
        assertThat(status(get("/api/patients/{id}/profile", patient), navigator))
                .isEqualTo(404);
        assertThat(status(get("/api/patients", patient), navigator)).isEqualTo(200);

        MvcResult added = admin(post("/api/admin/patients/{id}/assignments/{u}", patient, navigator));

        assertThat(added.getResponse().getStatus()).isEqualTo(200);
        assertThat(Api.json(added).findValuesAsText("username")).contains(navigator);
        assertThat(status(get("/api/patients/{id}/profile", patient), navigator))
                .isEqualTo(200);
        assertThat(events(AuditAction.UNASSIGN, patient)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.targetId()).isEqualTo(navigator);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });
        assertThat(events(AuditAction.ASSIGN, patient)).hasSize(1);
    }

    @Test
    void anAdminCreatesAnAccountWhichSignsInUntilDisabled() throws Exception {
        String name = "clin-" + suffix;
        MvcResult created = admin(post("/api/admin/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + name + "\",\"password\":\"s3cret-passphrase\",\"role\":\"CLINICIAN\"}"));

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getContentAsString())
                .doesNotContainIgnoringCase("password")
                .doesNotContain("$2");
        assertThat(Api.json(created).get("role").asText()).isEqualTo("CLINICIAN");
        assertThat(signInStatus(name, "s3cret-passphrase")).isEqualTo(200);

        assertThat(admin(post("/api/admin/accounts/{u}/disable", name))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(signInStatus(name, "s3cret-passphrase")).isEqualTo(401);

        assertThat(admin(post("/api/admin/accounts/{u}/enable", name))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(signInStatus(name, "s3cret-passphrase")).isEqualTo(200);

        MvcResult role = admin(post("/api/admin/accounts/{u}/role", name)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"NAVIGATOR\"}"));
        assertThat(Api.json(role).get("role").asText()).isEqualTo("NAVIGATOR");

        String list = admin(get("/api/admin/accounts")).getResponse().getContentAsString();
        assertThat(list).contains(name).doesNotContain("$2").doesNotContainIgnoringCase("password");
        for (AuditAction action : List.of(
                AuditAction.CREATE_ACCOUNT,
                AuditAction.DISABLE_ACCOUNT,
                AuditAction.ENABLE_ACCOUNT,
                AuditAction.CHANGE_ROLE)) {
            assertThat(events(action, null))
                    .as(action.name())
                    .anySatisfy(e -> assertThat(e.targetId()).startsWith(name));
        }
    }

    @Test
    void refusedChangesAreProblemsAndAudited() throws Exception {
        assertThat(problem(admin(post("/api/admin/accounts/admin/disable")), 400))
                .contains("disable your own");
        assertThat(problem(
                        admin(post("/api/admin/accounts/admin/role")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"role\":\"NAVIGATOR\"}")),
                        400))
                .contains("own role");
        assertThat(problem(
                        admin(post("/api/admin/accounts/navigator/role")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"role\":\"PATIENT\"}")),
                        400))
                .contains("patient account");
        assertThat(problem(
                        admin(post("/api/admin/accounts")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"navigator\",\"password\":\"x\",\"role\":\"NAVIGATOR\"}")),
                        400))
                .contains("taken");
        assertThat(problem(
                        admin(post("/api/admin/accounts")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"p-" + suffix + "\",\"password\":\"x\",\"role\":\"PATIENT\"}")),
                        400))
                .contains("PATIENT");
        assertThat(
                        problem( // #11: a one-letter password was accepted
                                admin(post("/api/admin/accounts")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"username\":\"weak-" + suffix
                                                + "\",\"password\":\"x\",\"role\":\"NAVIGATOR\"}")),
                                400))
                .contains("at least 12 characters");
        assertThat(accounts.viewer("weak-" + suffix)).isEmpty();
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();
        assertThat(problem(admin(post("/api/admin/patients/{id}/assignments/admin", patient)), 400))
                .contains("navigators and clinicians");
        assertThat(problem(admin(post("/api/admin/patients/{id}/assignments/nobody-" + suffix, patient)), 404))
                .contains("No such account");
        assertThat(problem(admin(post("/api/admin/patients/{id}/assignments/navigator", UUID.randomUUID())), 404))
                .contains("No such record");
        assertThat(accounts.viewer("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(events(AuditAction.DISABLE_ACCOUNT, null)).anySatisfy(e -> {
            assertThat(e.targetId()).isEqualTo("admin");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILED);
        });
    }

    @Test
    void theAdminPagesCreateAnAccountAndAssignIt() throws Exception {
        String name = "pagenav-" + suffix;
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();

        MvcResult created = mvc.perform(post("/admin/users")
                        .param("username", name)
                        .param("password", "initial-pass")
                        .param("role", "NAVIGATOR")
                        .param("patient", "")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(created.getFlashMap().get("message")).isEqualTo("Created " + name + ".");

        MvcResult assigned = mvc.perform(post("/admin/patients/{id}/assignments", patient)
                        .param("username", name)
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andReturn();
        assertThat(assigned.getFlashMap().get("message")).isEqualTo("Assigned " + name + ".");

        String users = page("/admin/users");
        assertThat(users).contains(name).contains("Create an account").doesNotContain("$2");
        assertThat(page("/admin/patients")).contains(name).contains(patient.toString());
        assertThat(page("/admin/audit?action=ASSIGN&user=admin")).contains(name).contains("ASSIGN");

        MvcResult self = mvc.perform(post("/admin/users/admin/disable")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andReturn();
        assertThat((String) self.getFlashMap().get("error")).contains("cannot disable your own");
        assertThat(accounts.summary("admin").enabled()).isTrue();

        assertThat(mvc.perform(post("/admin/users/navigator/disable")
                                .with(user("admin").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("without a CSRF token")
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/users").with(user("navigator").roles("NAVIGATOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/patients").with(user("clinician").roles("CLINICIAN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theAuditApiFiltersByAction() throws Exception {
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();
        admin(post("/api/admin/patients/{id}/assignments/clinician", patient));

        JsonNode page = Api.json(admin(get("/api/audit").param("action", "ASSIGN")));

        assertThat(page.get("events").findValuesAsText("action")).isNotEmpty().containsOnly("ASSIGN");
        assertThat(admin(get("/api/audit").param("action", "NO_SUCH"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    private MvcResult admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("admin", "demo"))).andReturn();
    }

    private int status(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, "demo")))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private int signInStatus(String username, String password) throws Exception {
        return mvc.perform(get("/api/patients").with(httpBasic(username, password)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private List<String> assigned(UUID patient) throws Exception {
        return Api.json(admin(get("/api/admin/patients/{id}/assignments", patient)))
                .findValuesAsText("username");
    }

    private String problem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return Api.json(result).get("detail").asText();
    }

    private String page(String path) throws Exception {
        MvcResult result =
                mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private List<AuditEvent> events(AuditAction action, UUID patient) {
        return audit.search(new AuditQuery(patient, "admin", action, null, null, 0, AuditQuery.MAX_SIZE))
                .events();
    }
}
