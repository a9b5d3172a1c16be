package org.recordpath.cli;

import java.util.List;
import java.util.Set;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.extraction.StructuredImporter;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.fhir.read.FhirBundleImporter;
import org.recordpath.fhir.read.FhirImportException;
import org.recordpath.fhir.write.FhirExporter;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.model.profile.ClinicalProfile;

/** The CLI's wiring of the libraries, the same code path as the service. */
final class Pipeline {
    private Pipeline() {}

    static RecordExtractor extractor() {
        FhirBundleImporter fhir = FhirBundleImporter.create();
        StructuredImporter bundles =
                StructuredImporter.forKinds(Set.of(DocumentKind.FHIR_JSON, DocumentKind.FHIR_XML), document -> {
                    try {
                        return fhir.importFacts(document.id(), document.path());
                    } catch (FhirImportException e) {
                        throw new UnreadableDocumentException(document.id(), e.getMessage(), e);
                    }
                });
        return new RecordExtractor(List.of(bundles));
    }

    static String fhirBundle(ClinicalProfile profile, GuidanceReport guidance) {
        return FhirExporter.create().exportJson(profile, guidance);
    }
}
