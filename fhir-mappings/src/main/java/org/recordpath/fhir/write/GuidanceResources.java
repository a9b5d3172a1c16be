package org.recordpath.fhir.write;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;
import org.recordpath.fhir.codes.CodeSystems;

/**
 * Risk scores as RiskAssessments and the guidance as one GuidanceResponse per evaluated pathway.
 *
 * <p>Why GuidanceResponse: FHIR defines it as "the formal response to a guidance request, including any output
 * parameters or data requirements" of a decision-support module, which is what a pathway of a versioned guideline
 * pack is. Its {@code status} has the two outcomes that matter here ({@code success} for a decided MATCH or
 * NOT_MATCHED, {@code data-required} for POSSIBLE), its {@code outputParameters} carry the outcome, the reason and
 * the missing facts, and it asserts nothing about care. A CarePlan or a RequestGroup would propose a treatment for
 * the patient, which RecordPath must not do (it is not medical advice), and a DetectedIssue is for problems with an
 * action, not for guideline matches. RiskAssessment is FHIR's resource for a prognostic score: the category is the
 * qualitative risk of a prediction and the score its rationale (the resource has no element for a score that is not
 * a probability).
 */
final class GuidanceResources {
    private GuidanceResources() {}

    static void risk(GuidanceSummary g, LocalDate asOf, Reference patient, List<Reference> basis, Entries entries) {
        Map<String, RiskAssessment> bySystem = new LinkedHashMap<>();
        for (GuidanceSummary.Score s : g.scores()) {
            RiskAssessment r = bySystem.computeIfAbsent(s.system(), system -> assessment(system, asOf, patient, basis));
            String scenario = s.scenario() == null ? "" : " (" + s.scenario() + " scenario)";
            RiskAssessment.RiskAssessmentPredictionComponent p = r.addPrediction();
            p.setOutcome(new CodeableConcept().setText(s.system() + " risk category" + scenario));
            if (s.category() != null) {
                p.setQualitativeRisk(new CodeableConcept().setText(s.category()));
            }
            StringBuilder why = new StringBuilder(
                    s.score() == null
                            ? "score not computable"
                            : "score " + s.score().toPlainString());
            if (!s.missing().isEmpty()) {
                why.append("; computed without ").append(String.join(", ", s.missing()));
            }
            p.setRationale(why.toString());
        }
        if (g.riskGroup() != null) {
            RiskAssessment group = assessment("MDS risk group", asOf, patient, basis);
            group.addPrediction()
                    .setOutcome(new CodeableConcept().setText("MDS risk group used by the guideline pathways"))
                    .setQualitativeRisk(new CodeableConcept().setText(g.riskGroup()));
            bySystem.put("group", group);
        }
        bySystem.values().forEach(entries::add);
    }

    static void pathways(GuidanceSummary g, Reference patient, Entries entries) {
        String guideline = (g.pack() == null ? "" : g.pack()) + (g.version() == null ? "" : " " + g.version());
        for (GuidanceSummary.Pathway p : g.pathways()) {
            GuidanceResponse r = new GuidanceResponse();
            r.setModule(new CodeableConcept()
                    .addCoding(new org.hl7.fhir.r4.model.Coding(CodeSystems.RECORDPATH_PATHWAY, p.id(), null))
                    .setText(p.id() + " (" + guideline.strip() + ")"));
            r.setStatus(
                    "POSSIBLE".equals(p.status())
                            ? GuidanceResponse.GuidanceResponseStatus.DATAREQUIRED
                            : GuidanceResponse.GuidanceResponseStatus.SUCCESS);
            r.addReasonCode(ObservationShapes.concept(CodeSystems.RECORDPATH_PATHWAY_STATUS, p.status(), null));
            r.setSubject(patient);
            r.setOccurrenceDateTime(new Date());
            if (p.why() != null) {
                r.addNote().setText(p.why());
            }
            if (g.notice() != null) {
                r.addNote().setText(g.notice());
            }
            Parameters out = new Parameters();
            out.setId("out");
            out.addParameter().setName("pathway").setValue(new StringType(p.id()));
            out.addParameter().setName("status").setValue(new CodeType(p.status()));
            if (p.why() != null) {
                out.addParameter().setName("why").setValue(new StringType(p.why()));
            }
            p.missing().forEach(m -> out.addParameter().setName("missing").setValue(new StringType(m)));
            if (!guideline.isBlank()) {
                out.addParameter().setName("guideline").setValue(new StringType(guideline.strip()));
            }
            if (g.riskGroup() != null) {
                out.addParameter().setName("riskGroup").setValue(new StringType(g.riskGroup()));
            }
            r.addContained(out);
            r.setOutputParameters(new Reference("#out"));
            entries.add(r);
        }
    }

    private static RiskAssessment assessment(String system, LocalDate asOf, Reference patient, List<Reference> basis) {
        RiskAssessment r = new RiskAssessment();
        r.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
        r.setSubject(patient);
        r.setCode(new CodeableConcept().setText(system));
        r.setMethod(new CodeableConcept().setText(method(system)));
        if (asOf != null) {
            r.setOccurrence(new DateTimeType(asOf.toString()));
        }
        basis.forEach(b -> r.addBasis(b.copy()));
        return r;
    }

    private static String method(String system) {
        return switch (system) {
            case "IPSS-R" -> "IPSS-R (Greenberg et al., Blood 2012;120:2454)";
            case "IPSS-M" -> "IPSS-M (Bernard et al., NEJM Evidence 2022;1(7))";
            default -> "RecordPath risk group (IPSS-M where determinate, else IPSS-R)";
        };
    }
}
