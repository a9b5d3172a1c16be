package org.recordpath.fhir.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.fhir.codes.Loinc;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.Mutation;

/**
 * Variant Observations on the Genomics Reporting IG variant profile (one per reported variant, and one with value
 * "Absent" per tested-negative gene) and the karyotype Observation (ISCN in the "Variant ISCN" component, the
 * IPSS-R cytogenetic category as a text-coded component). Genes are written as symbols (text): the profile does not
 * hold HGNC ids, and HGVS is written without a transcript because the profile does not hold one either.
 */
final class GenomicResources {
    static final String GR_VARIANT = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant";

    private GenomicResources() {}

    static List<Reference> variants(ClinicalProfile profile, Reference patient, Entries entries) {
        List<Reference> refs = new ArrayList<>();
        for (Mutation m : profile.mutations()) {
            Observation o = variant(m.gene(), patient, profile.asOf(), true, m.variantType());
            if (m.hgvsC() != null) {
                o.addComponent(component(
                        Loinc.HGVS_C,
                        "DNA change (c.HGVS)",
                        ObservationShapes.concept(CodeSystems.HGVS, m.hgvsC(), null)));
            }
            if (m.hgvsP() != null) {
                o.addComponent(component(
                        Loinc.HGVS_P,
                        "Amino acid change (pHGVS)",
                        ObservationShapes.concept(CodeSystems.HGVS, m.hgvsP(), null)));
            }
            if (m.vafPct() != null) {
                o.addComponent(component(
                        Loinc.ALLELE_FREQUENCY,
                        "Sample variant allelic frequency [NFr]",
                        ObservationShapes.ucum(m.vafPct().movePointLeft(2).stripTrailingZeros(), "1")));
            }
            if (m.germline() != null) {
                o.addComponent(component(
                        Loinc.GENOMIC_SOURCE_CLASS,
                        "Genomic source class [Type]",
                        m.germline()
                                ? ObservationShapes.loinc(Loinc.GERMLINE, "Germline", null)
                                : ObservationShapes.loinc(Loinc.SOMATIC, "Somatic", null)));
            }
            significance(m.classification())
                    .ifPresent(cc -> o.addComponent(component(
                            Loinc.CLINICAL_SIGNIFICANCE, "Genetic variation clinical significance [Imp]", cc)));
            refs.add(entries.add(o));
        }
        for (String gene : profile.negativeGenes()) {
            refs.add(entries.add(variant(gene, patient, profile.asOf(), false, null)));
        }
        return refs;
    }

    static Reference karyotype(KaryotypeFinding k, Reference patient, Entries entries) {
        Observation o = ObservationShapes.observation(
                patient,
                "laboratory",
                ObservationShapes.loinc(Loinc.VARIANT_ASSESSMENT, "Genetic variant assessment", "Karyotype"),
                k.date());
        o.addCategory(ObservationShapes.concept(CodeSystems.V2_0074, "GE", "Genetics"));
        if (k.iscn() != null) {
            o.addComponent(component(Loinc.VARIANT_ISCN, "Variant ISCN", new CodeableConcept().setText(k.iscn())));
        }
        if (k.ipssrCategory() != null) {
            o.addComponent(new ObservationComponentComponent()
                    .setCode(new CodeableConcept().setText("IPSS-R cytogenetic risk category"))
                    .setValue(new CodeableConcept().setText(k.ipssrCategory().toString())));
        }
        return entries.add(o);
    }

    private static Observation variant(String gene, Reference patient, LocalDate date, boolean present, String type) {
        String text = type == null ? "Genetic variant assessment" : "Genetic variant assessment: " + gene + "-" + type;
        Observation o = ObservationShapes.observation(
                patient,
                "laboratory",
                ObservationShapes.loinc(Loinc.VARIANT_ASSESSMENT, "Genetic variant assessment", text),
                date);
        o.getMeta().addProfile(GR_VARIANT);
        o.addCategory(ObservationShapes.concept(CodeSystems.V2_0074, "GE", "Genetics"));
        o.setValue(
                present
                        ? ObservationShapes.loinc(Loinc.PRESENT, "Present", null)
                        : ObservationShapes.loinc(Loinc.ABSENT, "Absent", null));
        o.addComponent(component(Loinc.GENE_STUDIED, "Gene studied [ID]", new CodeableConcept().setText(gene)));
        return o;
    }

    private static ObservationComponentComponent component(String loinc, String display, Type value) {
        return new ObservationComponentComponent()
                .setCode(ObservationShapes.loinc(loinc, display, null))
                .setValue(value);
    }

    private static java.util.Optional<CodeableConcept> significance(Classification c) {
        return java.util.Optional.ofNullable(
                switch (c) {
                    case PATHOGENIC -> ObservationShapes.loinc(Loinc.PATHOGENIC, "Pathogenic", null);
                    case LIKELY_PATHOGENIC ->
                        ObservationShapes.loinc(Loinc.LIKELY_PATHOGENIC, "Likely pathogenic", null);
                    case VUS -> ObservationShapes.loinc(Loinc.UNCERTAIN_SIGNIFICANCE, "Uncertain significance", null);
                    case LIKELY_BENIGN -> ObservationShapes.loinc(Loinc.LIKELY_BENIGN, "Likely benign", null);
                    case BENIGN -> ObservationShapes.loinc(Loinc.BENIGN, "Benign", null);
                    default -> null;
                });
    }
}
