package org.recordpath.cli;

import java.util.List;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.model.profile.ClinicalProfile;

/** The CLI's wiring of the libraries, the same code path as the service. */
final class Pipeline {
    private Pipeline() {}

    static RecordExtractor extractor() {
        return new RecordExtractor(List.of());
    }

    static String fhirBundle(ClinicalProfile profile, GuidanceReport guidance) throws BadInputException {
        throw new BadInputException("--fhir export is not available in this build");
    }
}
