package org.recordpath.fhir.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.fhir.codes.Drug;
import org.recordpath.fhir.codes.DrugVocabulary;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.PartialDates;
import org.recordpath.model.profile.Treatment;

/**
 * MedicationStatement and MedicationRequest to treatment facts for the disease-directed drugs of
 * {@link DrugVocabulary} (other medications are skipped). A statement that the drug is only intended, and a request
 * that is a draft, on hold, a proposal, a plan or an option, is kept as a hypothetical fact: proposed drugs are
 * not treatments. Administrations are grouped into courses by {@link AdministrationCourses}.
 */
final class MedicationFacts {
    private static final Set<String> VOID = Set.of("entered-in-error", "cancelled", "not-taken", "not-done");
    private static final Set<String> NOT_STARTED_STATUS = Set.of("draft", "on-hold", "intended");
    private static final Set<String> NOT_STARTED_INTENT = Set.of("proposal", "plan", "option");

    private static final Pattern CYCLES = Pattern.compile("(?i)\\bcycles:\\s*(\\d+)");
    private static final Pattern BEST_RESPONSE = Pattern.compile("(?i)\\bbest response:\\s*([A-Za-z][A-Za-z-]*)");

    private MedicationFacts() {}

    static List<Fact> statement(MedicationStatement s, BundleContents contents, Sources sources) {
        String status = s.hasStatus() ? s.getStatus().toCode() : "unknown";
        if (VOID.contains(status)) {
            return List.of();
        }
        CodeableConcept concept = concept(s.getMedication(), contents);
        Optional<Drug> drug = drug(concept);
        if (drug.isEmpty()) {
            return List.of();
        }
        Optional<String> start = FhirDates.isoStart(s.getEffective());
        Optional<String> end = FhirDates.isoEnd(s.getEffective());
        Boolean ongoing = status.equals("active")
                ? Boolean.TRUE
                : status.equals("completed") || status.equals("stopped") ? Boolean.FALSE : null;
        String stopped = s.getStatusReason().stream()
                .map(CleanText::allText)
                .map(MedicationFacts::stoppedReason)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        Context context = NOT_STARTED_STATUS.contains(status) ? Context.HYPOTHETICAL : Context.AFFIRMED;
        String notes = String.join(
                " ", s.getNote().stream().map(n -> CleanText.clean(n.getText())).toList());
        Matcher cycles = CYCLES.matcher(notes);
        Matcher response = BEST_RESPONSE.matcher(notes);
        Integer cycleCount = cycles.find() ? Integer.valueOf(cycles.group(1)) : null;
        String bestResponse = response.find() ? response.group(1) : null;
        Fact f = course(
                drug.get(),
                concept,
                start,
                end,
                cycleCount,
                stopped,
                ongoing,
                s,
                "effective[x]",
                Sources.CODED,
                context,
                sources);
        if (bestResponse == null) {
            return List.of(f);
        }
        Treatment t = ((FactValue.Course) f.value()).treatment();
        Treatment withResponse = new Treatment(
                t.drug(),
                t.rxnorm(),
                t.start(),
                t.end(),
                t.cycles(),
                bestResponse,
                t.stoppedReason(),
                t.ongoing(),
                t.provenance());
        return List.of(new Fact(
                f.field(), new FactValue.Course(withResponse), f.asOf(), f.provenance(), f.confidence(), f.context()));
    }

    static List<Fact> request(MedicationRequest r, BundleContents contents, Sources sources) {
        String status = r.hasStatus() ? r.getStatus().toCode() : "unknown";
        if (VOID.contains(status)) {
            return List.of();
        }
        CodeableConcept concept = concept(r.getMedication(), contents);
        Optional<Drug> drug = drug(concept);
        if (drug.isEmpty()) {
            return List.of();
        }
        String intent = r.hasIntent() ? r.getIntent().toCode() : "order";
        boolean notStarted = NOT_STARTED_STATUS.contains(status) || NOT_STARTED_INTENT.contains(intent);
        Period bounds = r.getDosageInstruction().stream()
                .filter(d -> d.getTiming().getRepeat().hasBoundsPeriod())
                .map(d -> d.getTiming().getRepeat().getBoundsPeriod())
                .findFirst()
                .orElse(r.getDispenseRequest().getValidityPeriod());
        Optional<String> start =
                FhirDates.iso(bounds.getStartElement()).or(() -> FhirDates.iso(r.getAuthoredOnElement()));
        Optional<String> end = Set.of("completed", "stopped").contains(status)
                ? FhirDates.iso(bounds.getEndElement())
                : Optional.empty();
        Boolean ongoing = status.equals("active") && !notStarted ? Boolean.TRUE : null;
        return List.of(course(
                drug.get(),
                concept,
                start,
                end,
                null,
                null,
                ongoing,
                r,
                "medication[x]",
                Sources.ORDER_ONLY,
                notStarted ? Context.HYPOTHETICAL : Context.AFFIRMED,
                sources));
    }

    static Fact course(
            Drug drug,
            CodeableConcept concept,
            Optional<String> start,
            Optional<String> end,
            Integer cycles,
            String stoppedReason,
            Boolean ongoing,
            org.hl7.fhir.r4.model.Resource resource,
            String path,
            double confidence,
            Context context,
            Sources sources) {
        var provenance = sources.provenance(resource, path, confidence);
        Treatment t = new Treatment(
                drug.generic(),
                rxnorm(drug, concept),
                start.orElse(null),
                end.orElse(null),
                cycles,
                null,
                stoppedReason,
                ongoing,
                provenance);
        LocalDate asOf = start.flatMap(PartialDates::parse).orElse(null);
        return new Fact(Fields.TREATMENT, new FactValue.Course(t), asOf, provenance, confidence, context);
    }

    static CodeableConcept concept(Type medication, BundleContents contents) {
        if (medication instanceof CodeableConcept cc) {
            return cc;
        }
        if (medication instanceof Reference ref) {
            Optional<Medication> m =
                    contents.resolve(ref).filter(Medication.class::isInstance).map(Medication.class::cast);
            if (m.isPresent()) {
                return m.get().getCode();
            }
            return new CodeableConcept().setText(ref.getDisplay());
        }
        return new CodeableConcept();
    }

    static Optional<Drug> drug(CodeableConcept concept) {
        for (Coding c : concept.getCoding()) {
            if (CodeSystems.RXNORM.equals(c.getSystem()) && c.hasCode()) {
                Optional<Drug> d = DrugVocabulary.byRxnorm(CleanText.clean(c.getCode()));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return DrugVocabulary.byText(CleanText.allText(concept));
    }

    /** The verified ingredient RxCUI, else the record's RxNorm code when it is coded at ingredient level (display = generic). */
    private static String rxnorm(Drug drug, CodeableConcept concept) {
        if (drug.rxnorm() != null) {
            return drug.rxnorm();
        }
        return concept.getCoding().stream()
                .filter(c -> CodeSystems.RXNORM.equals(c.getSystem()) && c.hasCode())
                .filter(c ->
                        CleanText.lower(c.getDisplay()).equals(drug.generic().toLowerCase(Locale.ROOT)))
                .map(c -> CleanText.clean(c.getCode()))
                .findFirst()
                .orElse(null);
    }

    private static final Set<String> STOP_REASONS = Set.of(
            "no-response",
            "loss-of-response",
            "progression",
            "intolerance",
            "toxicity",
            "transplant",
            "patient-choice",
            "death",
            "completed",
            "other");

    private static Optional<String> stoppedReason(String text) {
        String hyphenated = text.replace("| ", "").strip().replace(' ', '-');
        if (STOP_REASONS.contains(hyphenated)) {
            return Optional.of(hyphenated);
        }
        if (text.contains("progress")) {
            return Optional.of("progression");
        }
        if (text.contains("loss of response") || text.contains("relapse")) {
            return Optional.of("loss-of-response");
        }
        if (text.contains("no response") || text.contains("refractory") || text.contains("ineffective")) {
            return Optional.of("no-response");
        }
        if (text.contains("intoler") || text.contains("adverse") || text.contains("side effect")) {
            return Optional.of("intolerance");
        }
        if (text.contains("toxic")) {
            return Optional.of("toxicity");
        }
        if (text.contains("transplant")) {
            return Optional.of("transplant");
        }
        return text.isBlank() ? Optional.empty() : Optional.of("other");
    }
}
