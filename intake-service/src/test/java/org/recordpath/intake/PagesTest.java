package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.documents.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntakeTest
class PagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Documents documents;

    @ParameterizedTest(name = "{0} without signing in → login page")
    @ValueSource(strings = {"/", "/admin", "/patients/00000000-0000-0000-0000-000000000001"})
    void pagesRedirectToTheLoginPageWithoutASession(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theLoginPageHasLabelledFieldsAndACsrfToken() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains("<label for=\"username\">")
                .contains("<label for=\"password\">")
                .contains("name=\"_csrf\"")
                .contains("name=\"viewport\"")
                .contains("not medical advice");
    }

    @Test
    void signingInWithAFormStartsASession() throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", "navigator")
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aPatientIsSentToTheirOwnRecord() throws Exception {
        UUID own = accounts.viewer("patient").orElseThrow().patientId();

        MvcResult home =
                mvc.perform(get("/").with(user("patient").roles("PATIENT"))).andReturn();
        String page = mvc.perform(
                        get("/patients/{id}", own).with(user("patient").roles("PATIENT")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/patients/" + own);
        assertThat(page)
                .contains("Upload records")
                .contains("multiple")
                .contains("capture=\"environment\"")
                .contains("<label for=\"file\">")
                .contains("Guideline:")
                .contains("version")
                .contains("not medical advice");
    }

    @Test
    void staffSeeTheirAssignedPatients() throws Exception {
        UUID own = accounts.viewer("patient").orElseThrow().patientId();

        String html = mvc.perform(get("/").with(user("clinician").roles("CLINICIAN")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Your patients").contains("/patients/" + own);
    }

    @ParameterizedTest(name = "{0} opening another patient's page → 404 page")
    @CsvSource({"patient, PATIENT", "navigator, NAVIGATOR", "clinician, CLINICIAN"})
    void anotherPatientsPageIsNotFoundWithACorrelationIdAndNoDetails(String name, String role) throws Exception {
        UUID stranger = UUID.randomUUID();

        MvcResult result = mvc.perform(
                        get("/patients/{id}", stranger).with(user(name).roles(role)))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        String html = result.getResponse().getContentAsString();
        assertThat(html)
                .contains("We could not find that page")
                .contains(result.getResponse().getHeader("X-Correlation-Id"))
                .doesNotContain(stranger.toString())
                .doesNotContain("Exception");
    }

    @Test
    void theAdminPageListsUsersAndIsForAdminsOnly() throws Exception {
        String html = mvc.perform(get("/admin").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int navigator = mvc.perform(get("/admin").with(user("navigator").roles("NAVIGATOR")))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(html).contains("navigator").contains("clinician").contains("PATIENT");
        assertThat(navigator).isEqualTo(403);
    }

    @Test
    void theUploadFormNeedsACsrfToken() throws Exception {
        UUID own = accounts.viewer("patient").orElseThrow().patientId();
        MockMultipartFile file = new MockMultipartFile(
                "file", "report.pdf", "application/pdf", Corpus.distinct(Corpus.dev("D001", "BM_Biopsy_Report.pdf")));
        int before = documents
                .ofPatient(accounts.viewer("patient").orElseThrow(), own)
                .size();

        MvcResult without = mvc.perform(multipart("/patients/{id}/documents", own)
                        .file(file)
                        .with(user("patient").roles("PATIENT")))
                .andReturn();
        MvcResult with = mvc.perform(multipart("/patients/{id}/documents", own)
                        .file(file)
                        .with(user("patient").roles("PATIENT"))
                        .with(csrf()))
                .andReturn();

        assertThat(without.getResponse().getStatus()).isEqualTo(403);
        assertThat(with.getResponse().getRedirectedUrl()).isEqualTo("/patients/" + own);
        assertThat(documents.ofPatient(accounts.viewer("patient").orElseThrow(), own))
                .hasSize(before + 1);
    }

    @Test
    void aPatientMayNotRerunDocumentsFromThePages() throws Exception {
        MvcResult result = mvc.perform(post("/documents/{id}/rerun", UUID.randomUUID())
                        .with(user("patient").roles("PATIENT"))
                        .with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }
}
