package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditOutcome;
import org.recordpath.intake.audit.AuditQuery;
import org.recordpath.intake.patients.Patients;
import org.recordpath.intake.processing.StoredFact;
import org.recordpath.intake.processing.StoredFacts;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.FactValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A reviewed document exported as a regression case: the original bytes and a gold.json of reviewed facts only. */
@IntakeTest
class RegressionCaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The lab keys of the dev corpus (SCHEMA.md) as the extraction harness (GoldSlots.LABS) reads them. */
    private static final Map<String, String> GOLD_LABS = Map.of(
            "labs.hemoglobin", "hemoglobin_g_dl",
            "labs.platelets", "platelets_10e9_l",
            "labs.anc", "anc_10e9_l",
            "labs.wbc", "wbc_10e9_l",
            "labs.bmBlasts", "bm_blasts_pct",
            "labs.ringSideroblasts", "ring_sideroblasts_pct",
            "labs.serumEpo", "serum_epo_mu_ml",
            "labs.ferritin", "ferritin_ng_ml");

    private static final Set<String> SCHEMA_KEYS = Set.of(
            "patient_id",
            "documents",
            "demographics",
            "diagnosis",
            "labs",
            "karyotype",
            "mutations",
            "negative_genes",
            "transfusion",
            "treatments",
            "risk",
            "clinical",
            "expected_pathways",
            "expected_missing",
            "traps",
            "notes",
            "review");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Patients patients;

    @Autowired
    StoredFacts facts;

    @Autowired
    AuditLog audit;

    @Test
    void aReviewedDocumentExportsItsBytesAndAGoldOfReviewedFactsOnly() throws Exception {
        UUID patient = patients.create(accounts.viewer("navigator").orElseThrow(), "Regression case")
                .id();
        byte[] original = Corpus.bytes(Corpus.dev("D001", "BM_Biopsy_Report.pdf"));
        UUID document = upload("navigator", "NAVIGATOR", patient, "BM Biopsy <Report>.pdf", original);
        awaitDone(document);
        List<StoredFact> read = facts.ofDocument(document);
        StoredFact hemoglobin = lab(read, "labs.hemoglobin", Set.of());
        StoredFact confirmed = lab(read, null, Set.of("labs.hemoglobin"));
        StoredFact unreviewed =
                lab(read, null, Set.of("labs.hemoglobin", confirmed.fact().field()));
        review(document, hemoglobin, "CORRECTED", "7.4 g/dL", "the report says 7.4");
        review(document, confirmed, "CONFIRMED", null, null);
        StoredFact karyotype = read.stream()
                .filter(f -> f.fact().value() instanceof FactValue.Cytogenetics c
                        && c.karyotype().iscn() != null)
                .findFirst()
                .orElseThrow();
        review(document, karyotype, "CONFIRMED", null, null);
        String screen = mvc.perform(get("/review/documents/{id}", document)
                        .with(user("navigator").roles("NAVIGATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        MvcResult result = mvc.perform(get("/review/documents/{id}/regression-case", document)
                        .with(user("navigator").roles("NAVIGATOR")))
                .andReturn();
        Map<String, byte[]> zip = unzip(result.getResponse().getContentAsByteArray());
        JsonNode gold = JSON.readTree(zip.get("gold.json"));

        assertThat(screen)
                .contains("/review/documents/" + document + "/regression-case")
                .contains("Export as regression case");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(zip).containsOnlyKeys("BM Biopsy _Report_.pdf", "gold.json");
        assertThat(zip.get("BM Biopsy _Report_.pdf")).isEqualTo(original);

        assertThat(iterable(gold.fieldNames())).isSubsetOf(SCHEMA_KEYS);
        JsonNode doc = gold.at("/documents/0");
        assertThat(doc.get("file").asText()).isEqualTo("BM Biopsy _Report_.pdf");
        assertThat(doc.get("format").asText()).isEqualTo("text-pdf");
        assertThat(doc.get("kind").asText()).isEqualTo("bm-pathology");
        assertThat(doc.has("date")).isTrue();
        assertThat(iterable(gold.get("labs").fieldNames())).isSubsetOf(GOLD_LABS.values());
        gold.get("labs").forEach(lab -> {
            assertThat(lab.get("value").isNumber()).isTrue();
            assertThat(lab.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(lab.get("source_file").asText()).isEqualTo("BM Biopsy _Report_.pdf");
        });
        JsonNode hb = gold.at("/labs/hemoglobin_g_dl");
        assertThat(hb.get("value").decimalValue()).isEqualByComparingTo("7.4");
        assertThat(gold.at("/labs/" + GOLD_LABS.get(confirmed.fact().field()) + "/value")
                        .decimalValue())
                .isEqualByComparingTo(measured(confirmed));
        assertThat(gold.get("labs").has(GOLD_LABS.get(unreviewed.fact().field())))
                .isFalse();
        assertThat(gold.at("/review/unreviewed").findValuesAsText("field"))
                .contains(unreviewed.fact().field());
        assertThat(gold.at("/review/corrected/0/extracted").asText())
                .isEqualTo(hemoglobin.fact().value().display());
        assertThat(gold.at("/review/corrected/0/reason").asText()).isEqualTo("the report says 7.4");
        for (String key : List.of("demographics", "diagnosis", "karyotype", "clinical")) {
            assertThat(gold.get(key).isObject()).as(key).isTrue();
        }
        assertThat(gold.at("/karyotype/iscn").asText())
                .isEqualTo(((FactValue.Cytogenetics) karyotype.fact().value())
                        .karyotype()
                        .iscn());
        assertThat(gold.at("/karyotype/ipssr_cyto_category").asText()).isEqualTo("good");
        assertThat(gold.get("mutations").isArray()).isTrue();
        assertThat(gold.get("negative_genes").isArray()).isTrue();
        assertThat(gold.get("treatments").isArray()).isTrue();
        assertThat(gold.get("transfusion").isNull() || gold.get("transfusion").isObject())
                .isTrue();
        assertThat(audit.search(new AuditQuery(patient, null, null, null, 0, 200))
                        .events())
                .anyMatch(e -> e.action() == AuditAction.EXPORT_REGRESSION_CASE
                        && e.outcome() == AuditOutcome.ALLOWED
                        && document.toString().equals(e.targetId()));
    }

    @Test
    void withoutAReviewedFactThereIsNoRegressionCase() throws Exception {
        UUID patient = patients.create(accounts.viewer("navigator").orElseThrow(), "Nothing reviewed")
                .id();
        UUID document = upload(
                "navigator",
                "NAVIGATOR",
                patient,
                "marrow.pdf",
                Corpus.bytes(Corpus.dev("D001", "BM_Biopsy_Report.pdf")));
        awaitDone(document);

        MvcResult result = mvc.perform(get("/review/documents/{id}/regression-case", document)
                        .with(user("navigator").roles("NAVIGATOR")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getResponse().getContentType()).startsWith("text/plain");
        assertThat(result.getResponse().getContentAsString()).contains("reviewed");
    }

    @Test
    void anotherNavigatorsPatientIsNotFoundAndOthersAreRefused() throws Exception {
        UUID hidden = patients.create(accounts.viewer("admin").orElseThrow(), "Not the navigator's")
                .id();
        UUID document = upload(
                "admin", "ADMIN", hidden, "marrow.pdf", Corpus.bytes(Corpus.dev("D001", "BM_Biopsy_Report.pdf")));

        int navigator = status("navigator", "NAVIGATOR", document);
        int missing = status("navigator", "NAVIGATOR", UUID.randomUUID());
        int clinician = status("clinician", "CLINICIAN", document);
        int patient = status("patient", "PATIENT", document);

        assertThat(navigator).isEqualTo(404);
        assertThat(missing).isEqualTo(404);
        assertThat(clinician).isEqualTo(403);
        assertThat(patient).isEqualTo(403);
    }

    private int status(String name, String role, UUID document) throws Exception {
        return mvc.perform(get("/review/documents/{id}/regression-case", document)
                        .with(user(name).roles(role)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** An affirmed lab fact with a gold key: {@code field} if given, else any field not in {@code except}. */
    private static StoredFact lab(List<StoredFact> read, String field, Set<String> except) {
        return read.stream()
                .filter(f -> f.fact().context() == Context.AFFIRMED)
                .filter(f -> f.fact().value() instanceof FactValue.Measured)
                .filter(f -> GOLD_LABS.containsKey(f.fact().field()))
                .filter(f -> field == null
                        ? !except.contains(f.fact().field())
                        : f.fact().field().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no lab fact " + (field == null ? "outside " + except : field)
                        + " in " + read.stream().map(f -> f.fact().field()).toList()));
    }

    private static BigDecimal measured(StoredFact fact) {
        return ((FactValue.Measured) fact.fact().value()).value();
    }

    private void review(UUID document, StoredFact fact, String action, String value, String reason) throws Exception {
        var request = post("/review/documents/{d}/facts/{f}", document, fact.id())
                .param("action", action)
                .with(user("navigator").roles("NAVIGATOR"))
                .with(csrf());
        if (value != null) {
            request.param("value", value);
        }
        if (reason != null) {
            request.param("reason", reason);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get("error")).isNull();
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private UUID upload(String name, String role, UUID patient, String fileName, byte[] bytes) throws Exception {
        return PageSteps.upload(
                mvc, name, role, patient, new MockMultipartFile("file", fileName, "application/pdf", bytes));
    }

    private void awaitDone(UUID document) throws Exception {
        assertThat(PageSteps.awaitDone(mvc, "navigator", "NAVIGATOR", document)
                        .get("status")
                        .asText())
                .isEqualTo("DONE");
    }
}
