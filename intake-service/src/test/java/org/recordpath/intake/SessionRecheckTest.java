package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * #11 finding 3: a page session (form sign-in) of an account that is disabled, or whose role changes, is refused on
 * its very next request; an unassigned navigator loses the patient's page at once.
 */
@IntakeTest
class SessionRecheckTest {
    private static final String PASSWORD = "session recheck passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Patients patients;

    @Test
    void aDisabledAccountsSessionIsRefusedOnItsNextRequest() throws Exception { // #11
        String name = navigator();
        MockHttpSession session = signIn(name);
        assertThat(status(session, "/review")).isEqualTo(200);

        accounts.setEnabled(admin(), name, false);

        assertSentToSignIn(session, "/review");
        assertSentToSignIn(session, "/");
    }

    @Test
    void aSessionWhoseRoleChangedIsRefusedOnItsNextRequest() throws Exception { // #11
        String name = navigator();
        MockHttpSession session = signIn(name);
        assertThat(status(session, "/review")).isEqualTo(200);

        accounts.changeRole(admin(), name, Role.CLINICIAN);

        assertSentToSignIn(session, "/review");
        MockHttpSession again = signIn(name);
        assertThat(status(again, "/review")).as("the new role's session").isEqualTo(403);
    }

    @Test
    void anUnassignedNavigatorLosesThePatientAtOnce() throws Exception { // #11
        String name = navigator();
        Viewer navigator = accounts.viewer(name).orElseThrow();
        UUID patient = patients.create(navigator, null).id();
        MockHttpSession session = signIn(name);
        assertThat(status(session, "/patients/" + patient)).isEqualTo(200);

        patients.unassign(navigator.accountId(), patient);

        assertThat(status(session, "/patients/" + patient)).isEqualTo(404);
    }

    private String navigator() {
        String name = "session-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, PASSWORD, Role.NAVIGATOR, null, false));
        return name;
    }

    private Viewer admin() {
        return accounts.viewer("admin").orElseThrow();
    }

    private MockHttpSession signIn(String name) throws Exception {
        MvcResult result =
                mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private int status(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    private void assertSentToSignIn(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
    }
}
