package org.recordpath.model.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recordpath.model.fact.Provenance;

/**
 * The reconciled clinical profile of one patient: the contract that the CLI's {@code --json}, the REST API and the
 * guidance engine speak (DESIGN.md). Unknown is null (or absent from a list), never false.
 *
 * @param asOf date of the most recent document the profile was built from
 * @param karyotype null when no karyotype, FISH or stated category exists
 * @param negativeGenes genes tested without a variant; a gene in neither list was not tested
 * @param negativeGeneSources where each negative gene was stated
 * @param tp53Loh 17p/TP53 loss of heterozygosity or copy loss assessed: true/false; null when not assessed
 * @param treatmentsComplete false when a document says earlier treatment exists but does not list it
 * @param conflicts same-date disagreements between documents, for review
 */
public record ClinicalProfile(
        LocalDate asOf,
        Demographics demographics,
        Diagnosis diagnosis,
        Labs labs,
        KaryotypeFinding karyotype,
        List<Mutation> mutations,
        List<String> negativeGenes,
        Map<String, Provenance> negativeGeneSources,
        Boolean tp53Loh,
        Transfusion transfusion,
        List<Treatment> treatments,
        Boolean treatmentsComplete,
        List<ReportedRisk> reportedRisk,
        Clinical clinical,
        List<Conflict> conflicts) {
    public ClinicalProfile {
        demographics = demographics == null ? Demographics.unknown() : demographics;
        diagnosis = diagnosis == null ? Diagnosis.unknown() : diagnosis;
        labs = labs == null ? Labs.none() : labs;
        mutations = mutations == null ? List.of() : List.copyOf(mutations);
        negativeGenes = negativeGenes == null ? List.of() : List.copyOf(negativeGenes);
        negativeGeneSources = negativeGeneSources == null ? Map.of() : Map.copyOf(negativeGeneSources);
        transfusion = transfusion == null ? Transfusion.unknown() : transfusion;
        treatments = treatments == null ? List.of() : List.copyOf(treatments);
        reportedRisk = reportedRisk == null ? List.of() : List.copyOf(reportedRisk);
        clinical = clinical == null ? Clinical.unknown() : clinical;
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** The same profile with other labs. */
    public ClinicalProfile withLabs(Labs other) {
        return new ClinicalProfile(
                asOf,
                demographics,
                diagnosis,
                other,
                karyotype,
                mutations,
                negativeGenes,
                negativeGeneSources,
                tp53Loh,
                transfusion,
                treatments,
                treatmentsComplete,
                reportedRisk,
                clinical,
                conflicts);
    }

    /** The same profile with other demographics. */
    public ClinicalProfile withDemographics(Demographics other) {
        return new ClinicalProfile(
                asOf,
                other,
                diagnosis,
                labs,
                karyotype,
                mutations,
                negativeGenes,
                negativeGeneSources,
                tp53Loh,
                transfusion,
                treatments,
                treatmentsComplete,
                reportedRisk,
                clinical,
                conflicts);
    }

    /** A profile that knows nothing. */
    public static ClinicalProfile empty() {
        return new ClinicalProfile(
                null, null, null, null, null, List.of(), List.of(), Map.of(), null, null, List.of(), null, List.of(),
                null, List.of());
    }
}
