package org.recordpath.fhir.write;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** One HAPI validator against base R4 for all tests (building it takes seconds; it is thread-safe). */
final class Validation {
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static final FhirValidator BASE_R4 = build(false);
    private static volatile FhirValidator withGuides;

    private Validation() {}

    static List<SingleValidationMessage> againstBaseR4(IBaseResource resource) {
        return BASE_R4.validateWithResult(resource).getMessages();
    }

    /** Against mCODE 4.0.0 and Genomics Reporting 3.0.0 as packaged offline in src/test/resources/ig. */
    static List<SingleValidationMessage> againstImplementationGuides(IBaseResource resource) {
        if (withGuides == null) {
            withGuides = build(true);
        }
        return withGuides.validateWithResult(resource).getMessages();
    }

    static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
        return messages.stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    private static FhirValidator build(boolean guides) {
        List<IValidationSupport> supports = new ArrayList<>();
        if (guides) {
            supports.add(npm("classpath:ig/hl7.fhir.uv.genomics-reporting-3.0.0.tgz"));
            supports.add(npm("classpath:ig/hl7.fhir.us.mcode-4.0.0.tgz"));
        }
        supports.addAll(List.of(
                new DefaultProfileValidationSupport(CONTEXT),
                new InMemoryTerminologyServerValidationSupport(CONTEXT),
                new CommonCodeSystemsTerminologyService(CONTEXT),
                new SnapshotGeneratingValidationSupport(CONTEXT)));
        FhirInstanceValidator instance =
                new FhirInstanceValidator(new ValidationSupportChain(supports.toArray(IValidationSupport[]::new)));
        // a profile claimed but not loaded (mCODE, Genomics Reporting) is a warning under base R4, not an error
        instance.setErrorForUnknownProfiles(guides);
        FhirValidator validator = CONTEXT.newValidator();
        validator.registerValidatorModule(instance);
        return validator;
    }

    private static IValidationSupport npm(String classpath) {
        NpmPackageValidationSupport npm = new NpmPackageValidationSupport(CONTEXT);
        try {
            npm.loadPackageFromClasspath(classpath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return npm;
    }
}
