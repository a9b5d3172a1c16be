package org.recordpath.fhir.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.fhir.codes.Loinc;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.Mutation;

/**
 * Variant Observations of the HL7 Genomics Reporting IG to mutations and negative genes: gene studied (48018-6),
 * c. and p. HGVS (48004-6, 48005-3), allele frequency (81258-6, a fraction unless given in %), clinical significance
 * (53037-8) and genomic source class (48002-0). A variant Observation whose value is "Absent" (LA9634-2) makes its
 * gene a tested-negative gene.
 */
final class GenomicFacts {
    private GenomicFacts() {}

    static boolean isVariant(Observation obs) {
        return Loinc.VARIANT_ASSESSMENT.equals(CleanText.code(obs.getCode(), CodeSystems.LOINC))
                || component(obs, Loinc.GENE_STUDIED).isPresent()
                || obs.getMeta().getProfile().stream()
                        .map(CanonicalType::getValue)
                        .anyMatch(p -> p != null && p.contains("genomics-reporting") && p.endsWith("/variant"));
    }

    static List<Fact> map(Observation obs, Sources sources) {
        Optional<String> gene = component(obs, Loinc.GENE_STUDIED).map(c -> gene(c.getValue()));
        if (gene.isEmpty() || gene.get().isEmpty()) {
            return List.of();
        }
        LocalDate asOf = FhirDates.date(obs.getEffective()).orElse(null);
        if (isAbsent(obs.getValue())) {
            return List.of(sources.fact(
                    Fields.NEGATIVE_GENE,
                    new FactValue.Text(gene.get()),
                    asOf,
                    obs,
                    "value[x] Absent",
                    Sources.CODED,
                    Context.AFFIRMED));
        }
        String hgvsC = component(obs, Loinc.HGVS_C)
                .map(c -> ProteinChange.coding(text(c.getValue())))
                .orElse(null);
        String hgvsP =
                component(obs, Loinc.HGVS_P).map(c -> hgvsP(c.getValue())).orElse(null);
        BigDecimal vaf = component(obs, Loinc.ALLELE_FREQUENCY)
                .flatMap(c -> vafPct(c.getValue()))
                .orElse(null);
        Classification classification = component(obs, Loinc.CLINICAL_SIGNIFICANCE)
                .map(c -> classification(c.getValue()))
                .orElse(Classification.UNKNOWN);
        Boolean germline = component(obs, Loinc.GENOMIC_SOURCE_CLASS)
                .map(c -> germline(c.getValue()))
                .orElse(null);
        String all = (hgvsC + " " + hgvsP + " " + CleanText.allText(obs.getCode())).toUpperCase(Locale.ROOT);
        String variantType =
                all.contains("ITD") ? "ITD" : all.contains("TKD") ? "TKD" : all.contains("PTD") ? "PTD" : null;
        var provenance = sources.provenance(obs, "component", Sources.CODED);
        Mutation m = new Mutation(gene.get(), hgvsC, hgvsP, variantType, vaf, classification, germline, provenance);
        return List.of(
                new Fact(Fields.MUTATION, new FactValue.Variant(m), asOf, provenance, Sources.CODED, Context.AFFIRMED));
    }

    static Optional<ObservationComponentComponent> component(Observation obs, String loinc) {
        return obs.getComponent().stream()
                .filter(c -> loinc.equals(CleanText.code(c.getCode(), CodeSystems.LOINC)))
                .findFirst();
    }

    /** The text of a coded or string value: concept text, else the first coding's code, else its display. */
    static String text(Type value) {
        if (value instanceof StringType s) {
            return CleanText.clean(s.getValue());
        }
        if (value instanceof CodeableConcept cc) {
            if (cc.hasText()) {
                return CleanText.clean(cc.getText());
            }
            for (Coding c : cc.getCoding()) {
                if (c.hasCode()) {
                    return CleanText.clean(c.getCode());
                }
            }
            return CleanText.label(cc);
        }
        return null;
    }

    private static String gene(Type value) {
        String symbol = value instanceof CodeableConcept cc ? geneSymbol(cc) : text(value);
        String upper = symbol == null ? "" : symbol.toUpperCase(Locale.ROOT);
        return upper.equals("U2AF1L5") ? "U2AF1" : upper;
    }

    private static String geneSymbol(CodeableConcept cc) {
        for (Coding c : cc.getCoding()) {
            if (c.hasDisplay()) {
                return CleanText.clean(c.getDisplay());
            }
        }
        if (cc.hasText()) {
            return CleanText.clean(cc.getText());
        }
        return cc.getCoding().stream()
                .map(Coding::getCode)
                .filter(c -> c != null && !c.startsWith("HGNC:"))
                .findFirst()
                .orElse(null);
    }

    private static String hgvsP(Type value) {
        if (value instanceof CodeableConcept cc) {
            for (Coding c : cc.getCoding()) {
                if (c.hasCode()) {
                    return ProteinChange.oneLetter(CleanText.clean(c.getCode()));
                }
            }
        }
        return ProteinChange.oneLetter(text(value));
    }

    private static Optional<BigDecimal> vafPct(Type value) {
        if (!(value instanceof Quantity q) || !q.hasValue()) {
            return Optional.empty();
        }
        String unit = LabFacts.unitOf(q);
        BigDecimal pct = "%".equals(unit) ? q.getValue() : q.getValue().movePointRight(2);
        return Optional.of(pct.stripTrailingZeros());
    }

    private static boolean isAbsent(Type value) {
        if (value instanceof CodeableConcept cc) {
            return Loinc.ABSENT.equals(CleanText.code(cc, CodeSystems.LOINC))
                    || CleanText.allText(cc).contains("absent");
        }
        return false;
    }

    private static Classification classification(Type value) {
        String code = value instanceof CodeableConcept cc ? CleanText.code(cc, CodeSystems.LOINC) : null;
        String t = value instanceof CodeableConcept cc ? CleanText.allText(cc) : CleanText.lower(text(value));
        if (Loinc.LIKELY_PATHOGENIC.equals(code) || t.contains("likely pathogenic") || t.contains("likely oncogenic")) {
            return Classification.LIKELY_PATHOGENIC;
        }
        if (Loinc.PATHOGENIC.equals(code) || t.contains("pathogenic") || t.contains("oncogenic")) {
            return Classification.PATHOGENIC;
        }
        if (Loinc.UNCERTAIN_SIGNIFICANCE.equals(code) || t.contains("uncertain") || t.contains("vus")) {
            return Classification.VUS;
        }
        if (Loinc.LIKELY_BENIGN.equals(code) || t.contains("likely benign")) {
            return Classification.LIKELY_BENIGN;
        }
        if (Loinc.BENIGN.equals(code) || t.contains("benign")) {
            return Classification.BENIGN;
        }
        return Classification.UNKNOWN;
    }

    private static Boolean germline(Type value) {
        String code = value instanceof CodeableConcept cc ? CleanText.code(cc, CodeSystems.LOINC) : null;
        String t = value instanceof CodeableConcept cc ? CleanText.allText(cc) : "";
        if (Loinc.GERMLINE.equals(code) || t.contains("germline")) {
            return true;
        }
        if (Loinc.SOMATIC.equals(code) || t.contains("somatic")) {
            return false;
        }
        return null;
    }
}
