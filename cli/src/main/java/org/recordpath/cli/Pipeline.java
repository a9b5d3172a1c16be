package org.recordpath.cli;

import org.recordpath.extraction.RecordExtractor;
import org.recordpath.fhir.read.FhirBundleImporter;
import org.recordpath.fhir.read.FhirImportException;
import org.recordpath.fhir.write.FhirExporter;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.model.profile.ClinicalProfile;

/** The CLI's wiring of the libraries, the same code path as the service. */
final class Pipeline {
    private Pipeline() {}

    static RecordExtractor extractor() {
        return RecordExtractor.withFhirBundles(FhirBundleImporter.create()::importFacts, FhirImportException.class);
    }

    static String fhirBundle(ClinicalProfile profile, GuidanceReport guidance) {
        return FhirExporter.create().exportJson(profile, guidance);
    }
}
