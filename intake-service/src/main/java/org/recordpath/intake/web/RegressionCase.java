package org.recordpath.intake.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.intake.documents.DocumentView;
import org.recordpath.intake.documents.PageView;
import org.recordpath.intake.processing.ReviewAction;
import org.recordpath.intake.processing.StoredFact;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.Transfusion;
import org.recordpath.model.profile.Treatment;

/**
 * A reviewed document as a regression case: the original file and a {@code gold.json} in the dev corpus's format
 * (shared/corpus/SCHEMA.md), built only from the facts a navigator confirmed or corrected. Rejected facts are left
 * out (and listed as traps); facts nobody reviewed are left out of the gold and listed under {@code review} so that
 * nobody mistakes them for gold.
 */
final class RegressionCase {
    /** Gold lab keys (SCHEMA.md) by analyte; other analytes have no key in the format. */
    static final Map<Analyte, String> LAB_KEYS = Map.of(
            Analyte.HEMOGLOBIN, "hemoglobin_g_dl",
            Analyte.PLATELETS, "platelets_10e9_l",
            Analyte.ANC, "anc_10e9_l",
            Analyte.WBC, "wbc_10e9_l",
            Analyte.BM_BLASTS, "bm_blasts_pct",
            Analyte.RING_SIDEROBLASTS, "ring_sideroblasts_pct",
            Analyte.SERUM_EPO, "serum_epo_mu_ml",
            Analyte.FERRITIN, "ferritin_ng_ml");

    /** Fact fields that have a place in the gold format. */
    private static final Set<String> IN_FORMAT = Set.of(
            Fields.AGE,
            Fields.SEX,
            Fields.DISEASE,
            Fields.WHO2022,
            Fields.ICD10,
            Fields.DIAGNOSIS_DATE,
            Fields.KARYOTYPE,
            Fields.MUTATION,
            Fields.NEGATIVE_GENE,
            Fields.RBC_UNITS_PER_8_WEEKS,
            Fields.TRANSFUSION_DEPENDENT,
            Fields.TOTAL_RBC_UNITS,
            Fields.TREATMENT,
            Fields.ECOG,
            Fields.TRANSPLANT_CANDIDATE,
            Fields.DONOR,
            Fields.HYPOCELLULAR,
            Fields.MARROW_CELLULARITY,
            Fields.PNH_CLONE,
            Fields.HLA_DR15);

    private static final Set<String> MARROW = Set.of(
            Fields.KARYOTYPE,
            Analyte.BM_BLASTS.path(),
            Analyte.RING_SIDEROBLASTS.path(),
            Fields.MARROW_CELLULARITY,
            Fields.HYPOCELLULAR,
            Fields.FIBROSIS_GRADE);

    private final ObjectMapper json = ContractJson.mapper();
    private final RecordExtractor extractor;

    RegressionCase(RecordExtractor extractor) {
        this.extractor = extractor;
    }

    /** The file name inside the ZIP: the stored name reduced to (Unicode) letters, digits, dot, dash, underscore and space. */
    static String fileName(String name) {
        String safe =
                name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        safe = safe.replaceFirst("^[._ ]+", "");
        if (safe.isEmpty()) {
            return "document";
        }
        return safe.equalsIgnoreCase("gold.json") ? "document_" + safe : safe;
    }

    /** The ZIP: the original bytes under their sanitised name, and {@code gold.json}. */
    byte[] zip(DocumentView document, Path original, List<StoredFact> facts, Instant now) throws IOException {
        String file = fileName(document.name());
        byte[] gold = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(gold(document, file, facts, now));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(file));
            Files.copy(original, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("gold.json"));
            zip.write(gold);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The gold of the document from its reviewed facts (SCHEMA.md field names). */
    ObjectNode gold(DocumentView document, String file, List<StoredFact> facts, Instant now) {
        List<Fact> reviewed = facts.stream()
                .map(StoredFact::asReviewed)
                .flatMap(Optional::stream)
                .toList();
        ClinicalProfile p = extractor.reconcile(reviewed);
        ObjectNode gold = json.createObjectNode();
        gold.put("patient_id", "RC-" + document.id().toString().substring(0, 8));

        ObjectNode doc = gold.putArray("documents").addObject();
        doc.put("file", file);
        doc.put("kind", kind(document, reviewed));
        doc.put("format", format(document));
        doc.put(
                "date",
                reviewed.stream()
                        .map(Fact::asOf)
                        .filter(Objects::nonNull)
                        .max(LocalDate::compareTo)
                        .map(LocalDate::toString)
                        .orElse(null));

        ObjectNode demographics = gold.putObject("demographics");
        demographics.put("age", p.demographics().age());
        demographics.put("sex", p.demographics().sex());

        ObjectNode diagnosis = gold.putObject("diagnosis");
        var dx = p.diagnosis();
        diagnosis.put("disease", dx.disease() == null ? null : dx.disease().toString());
        diagnosis.put("who2022", dx.who2022());
        diagnosis.put("icd10", dx.icd10());
        diagnosis.put("date", dx.date() == null ? null : dx.date().toString());

        List<ObjectNode> notInGold = new ArrayList<>();
        ObjectNode labs = gold.putObject("labs");
        for (Map.Entry<Analyte, LabValue> e : p.labs().toMap().entrySet()) {
            String key = LAB_KEYS.get(e.getKey());
            LabValue v = e.getValue();
            if (key == null) {
                continue;
            }
            if (!v.unit().equals(e.getKey().canonicalUnit())) {
                notInGold.add(note(
                        e.getKey().path(),
                        v.value().toPlainString() + " " + v.unit(),
                        "not in the canonical unit " + e.getKey().canonicalUnit() + "; convert it by hand"));
                continue;
            }
            ObjectNode lab = labs.putObject(key);
            lab.put("value", v.value());
            if (v.comparator() != null) {
                lab.put("comparator", v.comparator());
            }
            lab.put("date", v.date() == null ? null : v.date().toString());
            lab.put("source_file", file);
        }

        ObjectNode karyotype = gold.putObject("karyotype");
        var k = p.karyotype();
        karyotype.put("iscn", k == null ? null : k.iscn());
        karyotype.put(
                "ipssr_cyto_category",
                k == null || k.ipssrCategory() == null
                        ? null
                        : k.ipssrCategory().toString().toLowerCase(Locale.ROOT));

        ArrayNode mutations = gold.putArray("mutations");
        for (Mutation m : p.mutations()) {
            ObjectNode o = mutations.addObject();
            o.put("gene", m.gene());
            o.put("hgvs_p", m.hgvsP());
            o.put("hgvs_c", m.hgvsC());
            o.put("vaf_pct", m.vafPct());
            o.put("pathogenic", m.classification().isDriver());
        }
        ArrayNode negative = gold.putArray("negative_genes");
        p.negativeGenes().forEach(negative::add);

        Transfusion t = p.transfusion();
        if (t.rbcUnitsPer8Weeks() == null && t.dependent() == null && t.totalRbcUnits() == null) {
            gold.putNull("transfusion");
        } else {
            ObjectNode transfusion = gold.putObject("transfusion");
            transfusion.put("rbc_units_per_8_weeks", t.rbcUnitsPer8Weeks());
            transfusion.put("dependent", t.dependent());
            transfusion.put("total_rbc_units", t.totalRbcUnits());
        }

        ArrayNode treatments = gold.putArray("treatments");
        for (Treatment tr : p.treatments()) {
            ObjectNode o = treatments.addObject();
            o.put("drug", tr.drug());
            o.put("start", tr.start());
            o.put("end", tr.end());
            o.put("cycles", tr.cycles());
            o.put("best_response", response(tr.bestResponse()));
            o.put(
                    "stopped_reason",
                    tr.stoppedReason() == null ? null : tr.stoppedReason().replace('-', ' '));
        }

        ObjectNode clinical = gold.putObject("clinical");
        var c = p.clinical();
        clinical.put("transplant_candidate", c.transplantCandidate());
        clinical.put("performance_status", c.ecog() == null ? null : "ECOG " + c.ecog());
        clinical.put("donor", c.donor());
        clinical.put("hypocellular", c.hypocellular());
        clinical.put("marrow_cellularity_pct", c.marrowCellularityPct());
        clinical.put("pnh_clone", c.pnhClone());
        clinical.put("hla_dr15", c.hlaDr15());

        ArrayNode traps = gold.putArray("traps");
        facts.stream()
                .filter(f -> f.review() != null && f.review().action() == ReviewAction.REJECTED)
                .forEach(f -> traps.add(
                        "read " + f.fact().field() + " = " + f.fact().value().display() + " (page "
                                + f.fact().provenance().page() + "), rejected on review"));
        gold.put(
                "notes",
                "Regression case exported from a navigator's review: the gold holds only confirmed or corrected facts"
                        + " of this one document. Risk, expected pathways and expected missing facts are not derived;"
                        + " add them by hand if the case should test guidance.");

        for (StoredFact f : facts) {
            f.asReviewed().ifPresent(fact -> {
                if (!fact.isAffirmed()) {
                    notInGold.add(note(
                            fact,
                            "context " + fact.context().name().toLowerCase(Locale.ROOT)
                                    + ": not the patient's own current state"));
                } else if (!inFormat(fact.field())) {
                    notInGold.add(note(fact, "the gold format has no field for it"));
                }
            });
        }
        gold.set("review", review(document, facts, notInGold, now));
        return gold;
    }

    private ObjectNode review(DocumentView document, List<StoredFact> facts, List<ObjectNode> notInGold, Instant now) {
        ObjectNode review = json.createObjectNode();
        review.put(
                "note",
                "Only reviewed facts are gold. The facts under 'unreviewed' were read but nobody checked them:"
                        + " they are NOT in the gold above.");
        review.put("exported_at", now.toString());
        review.put("content_type", document.contentType());
        review.put("facts", facts.size());
        review.put("reviewed", facts.stream().filter(StoredFact::reviewed).count());
        ArrayNode corrected = review.putArray("corrected");
        ArrayNode unreviewed = review.putArray("unreviewed");
        for (StoredFact f : facts) {
            if (f.review() == null) {
                unreviewed.add(note(f.fact(), null));
            } else if (f.review().action() == ReviewAction.CORRECTED) {
                ObjectNode o = corrected.addObject();
                o.put("field", f.fact().field());
                o.put("extracted", f.fact().value().display());
                o.put("corrected", f.review().correctedValue());
                o.put("reason", f.review().reason());
                o.put("reviewer", f.review().reviewer());
            }
        }
        review.putArray("not_in_gold").addAll(notInGold);
        return review;
    }

    private ObjectNode note(Fact fact, String why) {
        ObjectNode o = note(fact.field(), fact.value().display(), why);
        o.put("date", fact.asOf() == null ? null : fact.asOf().toString());
        o.put("page", fact.provenance().page());
        return o;
    }

    private ObjectNode note(String field, String value, String why) {
        ObjectNode o = json.createObjectNode();
        o.put("field", field);
        o.put("value", value);
        if (why != null) {
            o.put("why", why);
        }
        return o;
    }

    private static boolean inFormat(String field) {
        return IN_FORMAT.contains(field)
                || LAB_KEYS.keySet().stream().anyMatch(a -> a.path().equals(field));
    }

    /** SCHEMA.md's format from the detected content type and how the pages were read; "unknown" otherwise. */
    static String format(DocumentView document) {
        String type = document.contentType() == null ? "" : document.contentType();
        List<String> methods =
                document.pages().stream().map(PageView::method).distinct().toList();
        if (type.equals("application/fhir+json") || methods.contains("FHIR")) {
            return "fhir-json";
        }
        if (type.equals("application/pdf")) {
            return methods.contains("OCR") ? "scanned-pdf" : "text-pdf";
        }
        if (type.equals("image/jpeg")) {
            return "photo-jpg";
        }
        if (type.equals("image/png")) {
            return "photo-png";
        }
        return "unknown";
    }

    /** SCHEMA.md's kind, best effort from what the reviewed facts are about. */
    static String kind(DocumentView document, List<Fact> reviewed) {
        if ("application/fhir+json".equals(document.contentType())
                || document.pages().stream().anyMatch(p -> p.method().equals("FHIR"))) {
            return "fhir-bundle";
        }
        Set<String> fields = reviewed.stream().map(Fact::field).collect(java.util.stream.Collectors.toSet());
        if (fields.stream().anyMatch(MARROW::contains)) {
            return "bm-pathology";
        }
        if (fields.contains(Fields.MUTATION) || fields.contains(Fields.NEGATIVE_GENE)) {
            return "ngs";
        }
        if (!fields.isEmpty()
                && fields.stream().allMatch(f -> f.startsWith("labs.") || f.startsWith("demographics."))) {
            return "labs";
        }
        return "unknown";
    }

    private static String response(String r) {
        if (r == null) {
            return null;
        }
        return switch (r) {
            case "NR" -> "failure";
            case "PD" -> "progression";
            default -> r;
        };
    }
}
