package org.recordpath.fhir.write;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * The export against the mCODE 4.0.0 and Genomics Reporting 3.0.0 packages (offline, from src/test/resources/ig).
 * Their own dependencies (US Core, terminology, extensions, Genomics Reporting 2.0.0 for mCODE) are not packaged,
 * so references to them stay unresolved; the messages are written to target/fhir-export for the record.
 */
class ProfileValidationIT {
    @Test
    void exportIsCheckedAgainstTheMcodeAndGenomicsReportingProfiles() throws IOException {
        Bundle bundle = FhirExporter.create().export(Profiles.aProfile().build(), ExportValidationTest.guidance());

        List<SingleValidationMessage> messages = Validation.againstImplementationGuides(bundle);
        Path dir = Path.of("target", "fhir-export");
        Files.createDirectories(dir);
        Files.write(
                dir.resolve("implementation-guides-validation.txt"),
                messages.stream()
                        .map(m -> m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage())
                        .toList());

        assertThat(messages)
                .noneMatch(m -> m.getMessage().contains("has not been checked because it could not be found"));
        assertThat(Validation.errors(messages))
                .as("errors other than unresolved US Core and terminology that is not packaged offline")
                .allMatch(ProfileValidationIT::causedByWhatIsNotPackaged);
    }

    /** US Core (a dependency of mCODE), LOINC answer lists and the HGVS code system cannot be resolved offline. */
    private static boolean causedByWhatIsNotPackaged(SingleValidationMessage m) {
        String text = m.getMessage();
        return text.contains("us-core")
                || text.contains("Invalid Resource target type. Found Patient, but expected one of ([])")
                || text.contains("http://varnomen.hgvs.org")
                || text.contains("(http://loinc.org/vs/LL1971-2)");
    }
}
