package org.recordpath.fhir.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.recordpath.fhir.codes.Loinc;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.karyotype.Karyotypes;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.CytoRange;
import org.recordpath.model.profile.KaryotypeFinding;

/**
 * Karyotype Observations to a karyotype fact: the ISCN string from the "Variant ISCN" component (81291-7) or from
 * the value of an Observation named a karyotype, and the IPSS-R cytogenetic category when a component states it.
 * The text (ISCN, or words such as "complex karyotype") goes through the tolerant ISCN parser of clinical-model, which
 * gives the category (or range), the flags and the repairs (#14); an ISCN that starts with "nuc ish" is a FISH result,
 * not a karyotype.
 */
final class KaryotypeFacts {
    private KaryotypeFacts() {}

    static boolean isKaryotype(Observation obs) {
        return GenomicFacts.component(obs, Loinc.VARIANT_ISCN).isPresent()
                || CleanText.allText(obs.getCode()).contains("karyotype");
    }

    static List<Fact> map(Observation obs, Sources sources, String patientSex) {
        String path = "component[81291-7].value[x]";
        Optional<String> iscn =
                GenomicFacts.component(obs, Loinc.VARIANT_ISCN).map(c -> GenomicFacts.text(c.getValue()));
        if (iscn.isEmpty() || iscn.get() == null || iscn.get().isBlank()) {
            iscn = Optional.ofNullable(GenomicFacts.text(obs.getValue())).filter(s -> !s.isBlank());
            path = "value[x]";
        }
        Optional<CytoCategory> category = obs.getComponent().stream()
                .filter(c -> isCategory(c))
                .map(c -> category(GenomicFacts.text(c.getValue())))
                .flatMap(Optional::stream)
                .findFirst();
        if (iscn.isEmpty() && category.isEmpty()) {
            return List.of();
        }
        LocalDate asOf = FhirDates.date(obs.getEffective()).orElse(null);
        String source = iscn.map(s -> s.toLowerCase(Locale.ROOT).startsWith("nuc ish") ? "fish" : "karyotype")
                .orElse("reported");
        if ("fish".equals(source) && category.isEmpty()) {
            return List.of();
        }
        var provenance = sources.provenance(obs, path, Sources.CODED);
        KaryotypeFinding finding = "karyotype".equals(source)
                ? parsed(iscn.get(), patientSex, category, asOf, provenance)
                : stated(category.orElse(null), source, asOf, provenance);
        if (finding.iscn() == null && finding.ipssrCategoryRange().isEmpty()) {
            return List.of();
        }
        return List.of(new Fact(
                Fields.KARYOTYPE,
                new FactValue.Cytogenetics(finding),
                asOf,
                provenance,
                Sources.CODED,
                Context.AFFIRMED));
    }

    /**
     * The text (ISCN or words) through the same tolerant parser as documents (#14). A category the Observation also
     * states is kept when it agrees with the parse (or lies in its range); when they disagree the category is unknown.
     */
    private static KaryotypeFinding parsed(
            String text, String patientSex, Optional<CytoCategory> stated, LocalDate asOf, Provenance provenance) {
        Optional<KaryotypeFinding> read =
                Karyotypes.read(text, patientSex).parsed().map(k -> k.toFinding(asOf, provenance));
        if (read.isEmpty()) {
            KaryotypeFinding unread = stated(stated.orElse(null), "karyotype", asOf, provenance);
            return withCategory(unread, text.matches("^\\d{2}.*") ? text : null, unread.ipssrCategory(), null);
        }
        KaryotypeFinding k = read.get();
        if (stated.isEmpty()) {
            return k;
        }
        CytoRange range = k.ipssrCategoryRange().orElseThrow();
        int points = stated.get().points();
        boolean agrees =
                points >= range.low().points() && points <= range.high().points();
        return agrees ? withCategory(k, k.iscn(), stated.get(), null) : withCategory(k, k.iscn(), null, null);
    }

    private static KaryotypeFinding stated(
            CytoCategory category, String source, LocalDate asOf, Provenance provenance) {
        return new KaryotypeFinding(
                null, category, null, null, null, null, null, null, List.of(), source, null, asOf, provenance);
    }

    private static KaryotypeFinding withCategory(
            KaryotypeFinding k, String iscn, CytoCategory category, CytoRange range) {
        return new KaryotypeFinding(
                iscn,
                category,
                k.del5q(),
                k.minus7OrDel7q(),
                k.del17p(),
                k.complex(),
                k.isolatedDel5q(),
                k.abnormalityCount(),
                k.abnormalities(),
                k.source(),
                k.metaphases(),
                k.date(),
                k.provenance(),
                range,
                k.repairs());
    }

    private static boolean isCategory(ObservationComponentComponent c) {
        String t = CleanText.allText(c.getCode());
        return t.contains("cytogenetic") && (t.contains("risk") || t.contains("categor") || t.contains("ipss"));
    }

    /** The IPSS-R cytogenetic category named by the text ("Very good", "good", "int", ...). */
    static Optional<CytoCategory> category(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        if (t.startsWith("very good")) {
            return Optional.of(CytoCategory.VERY_GOOD);
        }
        if (t.startsWith("very poor")) {
            return Optional.of(CytoCategory.VERY_POOR);
        }
        if (t.startsWith("good")) {
            return Optional.of(CytoCategory.GOOD);
        }
        if (t.startsWith("int")) {
            return Optional.of(CytoCategory.INTERMEDIATE);
        }
        if (t.startsWith("poor")) {
            return Optional.of(CytoCategory.POOR);
        }
        return Optional.empty();
    }
}
