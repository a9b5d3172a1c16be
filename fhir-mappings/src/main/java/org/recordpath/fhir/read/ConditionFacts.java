package org.recordpath.fhir.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Disease;

/**
 * Condition to diagnosis facts. Codes decide first (ICD-10-CM, WHO ICD-10, SNOMED CT), then the wording; a
 * neoplasm outside the myeloid spectrum becomes disease "other" and never MDS. Refuted and entered-in-error
 * conditions are dropped; suspected, provisional or differential ones are kept as hypothetical.
 */
final class ConditionFacts {
    private static final Set<String> DROPPED = Set.of("refuted", "entered-in-error");
    private static final Set<String> TENTATIVE = Set.of("unconfirmed", "provisional", "differential");

    private ConditionFacts() {}

    /** The disease this condition names, if it names one. */
    static Optional<Disease> disease(Condition condition) {
        Optional<Disease> byCode = Optional.empty();
        for (Coding c : condition.getCode().getCoding()) {
            Optional<Disease> d = Optional.empty();
            if (CodeSystems.ICD10CM.equals(c.getSystem()) || CodeSystems.ICD10.equals(c.getSystem())) {
                d = DiagnosisCodes.fromIcd10(CleanText.clean(c.getCode()));
            } else if (CodeSystems.SNOMED.equals(c.getSystem())) {
                d = DiagnosisCodes.fromSnomed(CleanText.clean(c.getCode()));
            }
            if (d.isPresent() && (byCode.isEmpty() || byCode.get() == Disease.OTHER)) {
                byCode = d;
            }
        }
        Optional<Disease> byText = DiagnosisCodes.fromText(CleanText.allText(condition.getCode()));
        if (byCode.isPresent() && byCode.get() != Disease.OTHER) {
            return byCode;
        }
        if (byText.isPresent() && byText.get() != Disease.OTHER) {
            return byText;
        }
        return byCode.or(() -> byText);
    }

    static List<Fact> map(Condition condition, Sources sources) {
        String verification = CleanText.code(condition.getVerificationStatus(), CodeSystems.CONDITION_VER_STATUS);
        if (verification != null && DROPPED.contains(verification)) {
            return List.of();
        }
        Optional<Disease> disease = disease(condition);
        if (disease.isEmpty()) {
            return List.of();
        }
        String text = CleanText.allText(condition.getCode());
        boolean tentative = (verification != null && TENTATIVE.contains(verification)) || text.contains("suspected");
        Context context = tentative ? Context.HYPOTHETICAL : Context.AFFIRMED;
        Optional<String> onset =
                FhirDates.isoStart(condition.getOnset()).or(() -> FhirDates.iso(condition.getRecordedDateElement()));
        LocalDate asOf =
                onset.flatMap(org.recordpath.model.profile.PartialDates::parse).orElse(null);
        List<Fact> facts = new ArrayList<>();
        facts.add(sources.fact(
                Fields.DISEASE,
                new FactValue.Text(disease.get().toString()),
                asOf,
                condition,
                "code",
                Sources.CODED,
                context));
        String label = CleanText.label(condition.getCode());
        if (!label.isEmpty()) {
            facts.add(sources.fact(
                    Fields.STATED_TYPE,
                    new FactValue.Text(label),
                    asOf,
                    condition,
                    "code.text",
                    Sources.CODED,
                    context));
        }
        if (disease.get() == Disease.OTHER) {
            return facts;
        }
        String icd10 = CleanText.code(condition.getCode(), CodeSystems.ICD10CM);
        if (icd10 != null) {
            facts.add(sources.fact(
                    Fields.ICD10,
                    new FactValue.Text(icd10),
                    asOf,
                    condition,
                    "code.coding[icd-10-cm]",
                    Sources.CODED,
                    context));
        }
        String snomed = CleanText.code(condition.getCode(), CodeSystems.SNOMED);
        String stated = CleanText.code(condition.getCode(), CodeSystems.RECORDPATH_WHO2022);
        Optional<String> who = Optional.ofNullable(stated)
                .or(() -> DiagnosisCodes.who2022FromText(text))
                .or(() -> DiagnosisCodes.who2022FromCodes(snomed, icd10));
        who.map(t -> sources.fact(
                        Fields.WHO2022, new FactValue.Text(t), asOf, condition, "code", Sources.CODED, context))
                .ifPresent(facts::add);
        onset.ifPresent(d -> facts.add(sources.fact(
                Fields.DIAGNOSIS_DATE, new FactValue.Text(d), asOf, condition, "onset[x]", Sources.CODED, context)));
        if (text.contains("therapy-related") || "702476004".equals(snomed)) {
            facts.add(sources.fact(
                    Fields.THERAPY_RELATED, new FactValue.Flag(true), asOf, condition, "code", Sources.CODED, context));
        }
        return facts;
    }
}
