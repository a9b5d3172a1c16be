package org.recordpath.fhir.write;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.GuidanceEngine;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Disease;

/** Exported bundles pass HAPI's instance validator against base R4 with no ERROR message. */
class ExportValidationTest {
    private static final FhirExporter EXPORTER = FhirExporter.create();

    static GuidanceSummary guidance() {
        return new GuidanceSummary(
                "NCCN MDS",
                "2026.1",
                "lower",
                List.of(
                        new GuidanceSummary.Pathway("lr-anemia-esa", "MATCH", "serum EPO 160 mU/mL <= 500", List.of()),
                        new GuidanceSummary.Pathway(
                                "lr-anemia-luspatercept-first-line",
                                "POSSIBLE",
                                "transfusion burden unknown",
                                List.of("transfusion_history")),
                        new GuidanceSummary.Pathway("hr-hma", "NOT_MATCHED", "risk group is lower", List.of())),
                List.of(
                        new GuidanceSummary.Score("IPSS-R", null, new BigDecimal("2"), "Low", List.of()),
                        new GuidanceSummary.Score("IPSS-M", "best", new BigDecimal("-1.34"), "Low", List.of()),
                        new GuidanceSummary.Score("IPSS-M", "mean", new BigDecimal("-1.30"), "Low", List.of()),
                        new GuidanceSummary.Score(
                                "IPSS-M", "worst", new BigDecimal("0.47"), "Moderate High", List.of("BCOR", "NF1"))),
                "not medical advice");
    }

    @Test
    void fullProfileWithGuidanceHasNoValidationErrors() throws IOException {
        Bundle bundle = EXPORTER.export(Profiles.aProfile().build(), guidance());

        List<SingleValidationMessage> messages = Validation.againstBaseR4(bundle);
        write("full-profile", bundle, messages);

        assertThat(Validation.errors(messages)).isEmpty();
        assertThat(bundle.getEntry().stream()
                        .map(e -> e.getResource().fhirType())
                        .collect(Collectors.toSet()))
                .contains(
                        "Patient",
                        "Condition",
                        "Observation",
                        "MedicationStatement",
                        "Procedure",
                        "RiskAssessment",
                        "GuidanceResponse");
    }

    @Test
    void eachPathwayBecomesAGuidanceResponseWithItsOutcome() {
        Bundle bundle = EXPORTER.export(Profiles.aProfile().build(), guidance());

        List<org.hl7.fhir.r4.model.GuidanceResponse> responses = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.GuidanceResponse.class::isInstance)
                .map(org.hl7.fhir.r4.model.GuidanceResponse.class::cast)
                .toList();

        assertThat(responses)
                .extracting(
                        r -> r.getModuleCodeableConcept().getCodingFirstRep().getCode() + " "
                                + r.getStatus().toCode() + " "
                                + r.getReasonCodeFirstRep().getCodingFirstRep().getCode())
                .containsExactly(
                        "lr-anemia-esa success MATCH",
                        "lr-anemia-luspatercept-first-line data-required POSSIBLE",
                        "hr-hma success NOT_MATCHED");
        org.hl7.fhir.r4.model.Parameters out = (org.hl7.fhir.r4.model.Parameters)
                responses.get(1).getContained().get(0);
        assertThat(out.getParameter())
                .extracting(p -> p.getName() + "=" + p.getValue().primitiveValue())
                .contains(
                        "status=POSSIBLE",
                        "missing=transfusion_history",
                        "guideline=NCCN MDS 2026.1",
                        "riskGroup=lower");
        assertThat(bundle.getEntry())
                .filteredOn(e -> e.getResource() instanceof org.hl7.fhir.r4.model.RiskAssessment)
                .extracting(e -> ((org.hl7.fhir.r4.model.RiskAssessment) e.getResource())
                        .getCode()
                        .getText())
                .containsExactly("IPSS-R", "IPSS-M", "MDS risk group");
    }

    @Test
    void sparseProfileWithTheEngineReportHasNoValidationErrors() throws IOException {
        ClinicalProfile profile = Profiles.aProfile()
                .withDiagnosis(Disease.OTHER, null, null, null)
                .withoutKaryotype()
                .withoutTreatments()
                .build();
        GuidanceReport report = GuidanceEngine.withDefaultPack().evaluate(profile);

        Bundle bundle = EXPORTER.export(profile, report);
        List<SingleValidationMessage> messages = Validation.againstBaseR4(bundle);
        write("sparse-profile", bundle, messages);

        assertThat(Validation.errors(messages)).isEmpty();
        assertThat(bundle.getEntry())
                .extracting(e -> ((Resource) e.getResource()).fhirType())
                .contains("GuidanceResponse", "RiskAssessment")
                .doesNotContain("MedicationStatement");
    }

    private static void write(String name, Bundle bundle, List<SingleValidationMessage> messages) throws IOException {
        Path dir = Path.of("target", "fhir-export");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".json"), EXPORTER.toJson(bundle));
        Files.write(
                dir.resolve(name + "-validation.txt"),
                messages.stream()
                        .map(m -> m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage())
                        .toList());
    }
}
