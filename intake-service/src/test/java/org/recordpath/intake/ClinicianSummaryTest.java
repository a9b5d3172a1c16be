package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditQuery;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The clinician summary of a typical dev patient (a FHIR export and two text PDFs) in words, and its one-page PDF
 * with the pack, version and notice, audited as an export (#15).
 */
@IntakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicianSummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Patients patients;

    @Autowired
    AuditLog audit;

    UUID patient;

    @BeforeAll
    void typicalDevPatient() throws Exception {
        patient = patients.create(accounts.viewer("navigator").orElseThrow(), "Summary test")
                .id();
        for (String file :
                List.of("MyRecords_FHIR_20260626.json", "clinic_note_2026-06-25.pdf", "genomic_results.pdf")) {
            UUID document = PageSteps.upload(
                    mvc,
                    "navigator",
                    "NAVIGATOR",
                    patient,
                    new MockMultipartFile(
                            "file", file, "application/octet-stream", Corpus.bytes(Corpus.dev("D002", file))));
            PageSteps.awaitDone(mvc, "navigator", "NAVIGATOR", document);
        }
    }

    @Test
    void thePdfIsOnePageWithThePackItsVersionAndTheNoticeAndIsAuditedAsAnExport() throws Exception {
        JsonNode guidance =
                JSON.readTree(get("/api/patients/" + patient + "/guidance").getContentAsString());
        long before = exports();

        MockHttpServletResponse response = get("/patients/" + patient + "/summary.pdf");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text)
                    .contains(guidance.at("/guideline/pack").asText())
                    .contains("version " + guidance.at("/guideline/version").asText())
                    .contains(guidance.get("notice").asText().replaceAll("\\s+", " "))
                    .contains("SF3B1");
        }
        assertThat(exports()).isEqualTo(before + 1);
    }

    @Test
    void theSummaryShowsNoRecordDumpsNullsOrDoubledWordsAndSaysWhatWasNeverTested() throws Exception {
        String html = get("/patients/" + patient + "/summary").getContentAsString();

        assertThat(html)
                .doesNotContain("null null")
                .doesNotContain("ReportedComparison[")
                .doesNotContain("needs needs")
                .doesNotContain("10*9/L")
                .doesNotContain("m[IU]/mL")
                .contains("×10⁹/L")
                .containsPattern("PNH clone</dt>\\s*<dd><span>not tested</span>")
                .containsPattern("href=\"/documents/[0-9a-f-]{36}/pages/\\d+\"");
    }

    @Test
    void theOnePageSummaryIsAlsoAPrintablePage() throws Exception {
        MockHttpServletResponse response = get("/patients/" + patient + "/summary/print");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("/css/print-sheet.css")
                .contains("guideline-pack")
                .doesNotContain("<style");
    }

    private MockHttpServletResponse get(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(user("navigator").roles("NAVIGATOR")))
                .andReturn()
                .getResponse();
    }

    private long exports() {
        return audit.search(new AuditQuery(patient, "navigator", AuditAction.EXPORT_SUMMARY_PDF, null, null, 0, 10))
                .total();
    }
}
