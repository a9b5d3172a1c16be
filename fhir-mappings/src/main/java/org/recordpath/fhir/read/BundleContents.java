package org.recordpath.fhir.read;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The resources of one Bundle, found by full URL or "Type/id", and the date the Bundle was made. */
final class BundleContents {
    private final Bundle bundle;
    private final Map<String, Resource> byReference = new HashMap<>();

    BundleContents(Bundle bundle) {
        this.bundle = bundle;
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            Resource r = e.getResource();
            if (r == null) {
                continue;
            }
            if (e.hasFullUrl()) {
                byReference.put(e.getFullUrl(), r);
            }
            if (r.getIdElement().hasIdPart()) {
                byReference.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
            }
        }
    }

    Optional<Resource> resolve(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String ref = reference.getReference();
        if (ref.startsWith("#")) {
            return Optional.empty();
        }
        Resource r = byReference.get(ref);
        if (r == null && ref.contains("/")) {
            String[] parts = ref.split("/");
            if (parts.length >= 2) {
                r = byReference.get(parts[parts.length - 2] + "/" + parts[parts.length - 1]);
            }
        }
        return Optional.ofNullable(r);
    }

    /** The Bundle's timestamp, else its last update, as a calendar date. */
    Optional<LocalDate> stated() {
        return FhirDates.date(bundle.getTimestampElement())
                .or(() -> FhirDates.date(bundle.getMeta().getLastUpdatedElement()));
    }
}
