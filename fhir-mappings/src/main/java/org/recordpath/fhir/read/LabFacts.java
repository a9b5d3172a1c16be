package org.recordpath.fhir.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.fhir.codes.Loinc;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Analyte;

/**
 * Lab Observations (and lab components of panel Observations) to lab facts in canonical units. LOINC codes of
 * pathways.md section 3.4 decide; marrow blasts and ring sideroblasts, which have no verified LOINC code, are
 * recognised by their wording. ECOG performance status and marrow cellularity come along because they are scalar
 * observations too. A value without a convertible unit is dropped (unknown), never guessed.
 */
final class LabFacts {
    private static final Map<String, Analyte> BY_LOINC = Map.of(
            Loinc.HEMOGLOBIN, Analyte.HEMOGLOBIN,
            Loinc.PLATELETS, Analyte.PLATELETS,
            Loinc.ANC_AUTOMATED, Analyte.ANC,
            Loinc.ANC, Analyte.ANC,
            Loinc.WBC_AUTOMATED, Analyte.WBC,
            Loinc.WBC, Analyte.WBC,
            Loinc.MCV, Analyte.MCV,
            Loinc.SERUM_EPO, Analyte.SERUM_EPO,
            Loinc.FERRITIN, Analyte.FERRITIN,
            Loinc.PB_BLASTS_PCT, Analyte.PB_BLASTS);
    private static final Set<String> VOID = Set.of("entered-in-error", "cancelled");
    private static final Pattern MARROW = Pattern.compile("marrow|\\bbm\\b|\\bbma\\b|aspirate");

    private LabFacts() {}

    static List<Fact> map(Observation obs, Sources sources) {
        if (obs.hasStatus() && VOID.contains(obs.getStatus().toCode())) {
            return List.of();
        }
        LocalDate asOf = FhirDates.date(obs.getEffective())
                .or(() -> FhirDates.date(obs.getIssuedElement()))
                .orElse(null);
        String specimen = CleanText.lower(obs.getSpecimen().getDisplay());
        List<Fact> facts = new ArrayList<>();
        one(obs.getCode(), obs.getValue(), specimen, asOf, obs, "value[x]", sources)
                .ifPresent(facts::add);
        for (int i = 0; i < obs.getComponent().size(); i++) {
            Observation.ObservationComponentComponent c = obs.getComponent().get(i);
            one(c.getCode(), c.getValue(), specimen, asOf, obs, "component[" + i + "].value[x]", sources)
                    .ifPresent(facts::add);
        }
        return facts;
    }

    private static Optional<Fact> one(
            CodeableConcept code,
            Type value,
            String specimen,
            LocalDate asOf,
            Observation obs,
            String path,
            Sources sources) {
        String loinc = CleanText.code(code, CodeSystems.LOINC);
        if (Loinc.ECOG.equals(loinc)) {
            return ecog(value)
                    .map(v -> sources.fact(
                            Fields.ECOG,
                            new FactValue.Measured(v, "{score}", null),
                            asOf,
                            obs,
                            path,
                            Sources.CODED,
                            Context.AFFIRMED));
        }
        if (!(value instanceof Quantity q) || !q.hasValue()) {
            return Optional.empty();
        }
        String text = CleanText.allText(code);
        if (CleanText.lower(code.getText()).equals("age") && "a".equals(unitOf(q))) {
            return Optional.of(sources.fact(
                    Fields.AGE,
                    new FactValue.Measured(q.getValue(), "a", null),
                    asOf,
                    obs,
                    path,
                    Sources.CODED,
                    Context.AFFIRMED));
        }
        Optional<Analyte> analyte = Optional.ofNullable(loinc == null ? null : BY_LOINC.get(loinc));
        double confidence = Sources.CODED;
        if (analyte.isEmpty()) {
            analyte = byWording(text, specimen);
            confidence = Sources.BY_TEXT;
        }
        if (analyte.isEmpty()) {
            return marrowCellularity(text, specimen, q)
                    .map(v -> sources.fact(
                            Fields.MARROW_CELLULARITY,
                            new FactValue.Measured(v, "%", null),
                            asOf,
                            obs,
                            path,
                            Sources.BY_TEXT,
                            Context.AFFIRMED));
        }
        Analyte a = analyte.get();
        Optional<BigDecimal> canonical = UnitConversion.toCanonical(a, q.getValue(), unitOf(q));
        String comparator = q.hasComparator() ? q.getComparator().toCode() : null;
        double conf = confidence;
        return canonical.map(v -> sources.fact(
                a.path(),
                new FactValue.Measured(v, a.canonicalUnit(), comparator),
                asOf,
                obs,
                path,
                conf,
                Context.AFFIRMED));
    }

    /** The UCUM code when the quantity is coded in UCUM, else the printed unit. */
    static String unitOf(Quantity q) {
        if (CodeSystems.UCUM.equals(q.getSystem()) && q.hasCode()) {
            return CleanText.clean(q.getCode());
        }
        return q.hasUnit() ? CleanText.clean(q.getUnit()) : CleanText.clean(q.getCode());
    }

    private static Optional<Analyte> byWording(String text, String specimen) {
        boolean marrow = MARROW.matcher(text).find() || specimen.contains("marrow");
        if (text.contains("ring sideroblast") || text.contains("ringed sideroblast")) {
            return Optional.of(Analyte.RING_SIDEROBLASTS);
        }
        if (text.contains("blast") && marrow && !text.contains("peripheral")) {
            return Optional.of(Analyte.BM_BLASTS);
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> marrowCellularity(String text, String specimen, Quantity q) {
        boolean marrow = MARROW.matcher(text).find() || specimen.contains("marrow");
        if (marrow && text.contains("cellularity") && "%".equals(unitOf(q))) {
            return Optional.of(q.getValue().stripTrailingZeros());
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> ecog(Type value) {
        if (value instanceof IntegerType i && i.hasValue()) {
            return Optional.of(BigDecimal.valueOf(i.getValue()));
        }
        if (value instanceof Quantity q && q.hasValue()) {
            return Optional.of(q.getValue().stripTrailingZeros());
        }
        if (value instanceof CodeableConcept cc) {
            java.util.regex.Matcher m = Pattern.compile("\\b([0-5])\\b").matcher(CleanText.allText(cc));
            return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
        }
        return Optional.empty();
    }
}
