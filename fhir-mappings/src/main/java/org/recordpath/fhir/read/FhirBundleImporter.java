package org.recordpath.fhir.read;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Disease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a FHIR R4 Bundle (a patient-portal export, a server's {@code $everything}) as the facts of one document.
 * Patient, Condition, Observation (labs, variants, karyotype, ECOG), MedicationStatement, MedicationRequest,
 * MedicationAdministration and Procedure are read; every other resource is skipped. When the Bundle names a myeloid
 * disease, conditions that are other neoplasms add nothing (they are history, e.g. before a therapy-related MDS);
 * without one, they give the disease "other" so that another cancer never looks like MDS.
 *
 * <p>Thread-safe; create once. Hostile input is refused with {@link FhirImportException} (see {@link
 * SafeBundleReader}).
 */
public final class FhirBundleImporter {
    private static final Logger LOG = LoggerFactory.getLogger(FhirBundleImporter.class);

    private final SafeBundleReader reader;

    private FhirBundleImporter(FhirContext context, ImportLimits limits) {
        this.reader = new SafeBundleReader(context, limits);
    }

    /** An importer on the shared R4 context with the default limits. */
    public static FhirBundleImporter create() {
        return new FhirBundleImporter(FhirContext.forR4Cached(), ImportLimits.defaults());
    }

    public static FhirBundleImporter create(ImportLimits limits) {
        return new FhirBundleImporter(FhirContext.forR4Cached(), limits);
    }

    /** Reads and maps a Bundle; the stream is closed. */
    public List<Fact> importFacts(String documentId, InputStream in, FhirFormat format) {
        Objects.requireNonNull(documentId, "documentId");
        Bundle bundle = reader.read(documentId, in, format);
        return importBundle(documentId, bundle);
    }

    /** Reads and maps a Bundle file, JSON or XML by its content. */
    public List<Fact> importFacts(String documentId, Path file) {
        try (InputStream head = Files.newInputStream(file)) {
            FhirFormat format = FhirFormat.sniff(head.readNBytes(256))
                    .orElseThrow(() -> new FhirImportException(documentId, "the file is neither FHIR JSON nor XML"));
            return importFacts(documentId, Files.newInputStream(file), format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + documentId, e);
        }
    }

    /** Maps an already parsed Bundle (e.g. one fetched from a server). */
    public List<Fact> importBundle(String documentId, Bundle bundle) {
        long started = System.nanoTime();
        Sources sources = new Sources(documentId);
        BundleContents contents = new BundleContents(bundle);
        AdministrationCourses administrations = new AdministrationCourses();
        List<Fact> facts = new ArrayList<>();
        List<Fact> otherNeoplasms = new ArrayList<>();
        List<Patient> patients = new ArrayList<>();
        boolean myeloid = false;
        String sex = patientSex(bundle);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (r instanceof Patient p) {
                patients.add(p);
            } else if (r instanceof Condition c) {
                List<Fact> mapped = ConditionFacts.map(c, sources);
                if (isOther(mapped)) {
                    otherNeoplasms.addAll(mapped);
                } else {
                    myeloid |= !mapped.isEmpty() && mapped.get(0).isAffirmed();
                    facts.addAll(mapped);
                }
            } else if (r instanceof Observation o) {
                facts.addAll(observation(o, sources, sex));
            } else if (r instanceof MedicationStatement s) {
                facts.addAll(MedicationFacts.statement(s, contents, sources));
            } else if (r instanceof MedicationRequest q) {
                facts.addAll(MedicationFacts.request(q, contents, sources));
            } else if (r instanceof MedicationAdministration a) {
                administrations.add(a, contents);
            } else if (r instanceof Procedure p) {
                facts.addAll(ProcedureFacts.map(p, sources));
            }
        }
        facts.addAll(administrations.courses(sources));
        if (!myeloid) {
            facts.addAll(otherNeoplasms);
        }
        Optional<LocalDate> exportDate = contents.stated().or(() -> latest(facts));
        for (Patient p : patients) {
            facts.addAll(0, PatientFacts.map(p, exportDate, sources));
        }
        LOG.info(
                "FHIR document {}: {} entries, {} facts in {} ms",
                documentId,
                bundle.getEntry().size(),
                facts.size(),
                (System.nanoTime() - started) / 1_000_000);
        return List.copyOf(facts);
    }

    /** The patient's sex when the bundle has exactly one sex among its patients (45,X reads as -Y or -X, #14). */
    private static String patientSex(Bundle bundle) {
        List<String> sexes = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .map(r -> PatientFacts.sex((Patient) r))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return sexes.size() == 1 ? sexes.get(0) : null;
    }

    private static List<Fact> observation(Observation o, Sources sources, String sex) {
        if (KaryotypeFacts.isKaryotype(o)) {
            return KaryotypeFacts.map(o, sources, sex);
        }
        if (GenomicFacts.isVariant(o)) {
            return GenomicFacts.map(o, sources);
        }
        return LabFacts.map(o, sources);
    }

    private static boolean isOther(List<Fact> conditionFacts) {
        return conditionFacts.stream()
                .anyMatch(f -> f.field().equals(Fields.DISEASE)
                        && f.value() instanceof FactValue.Text t
                        && t.value().equals(Disease.OTHER.toString()));
    }

    private static Optional<LocalDate> latest(List<Fact> facts) {
        return facts.stream().map(Fact::asOf).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
