package org.recordpath.extraction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of DESIGN.md for extraction: a wrong import fails the build. */
@AnalyzeClasses(packages = "org.recordpath.extraction", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    @ArchTest
    static final ArchRule extractionKnowsNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.recordpath.extraction..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.recordpath.guidance..",
                    "org.recordpath.fhir..",
                    "org.recordpath.cli..",
                    "org.recordpath.intake..")
            .because("extraction depends only on clinical-model");

    @ArchTest
    static final ArchRule extractionHasNoFrameworks = noClasses()
            .that()
            .resideInAPackage("org.recordpath.extraction..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "ca.uhn..")
            .because("Spring, JPA and servlets live only in intake-service and HAPI only in fhir-mappings");
}
