package org.recordpath.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of DESIGN.md for fhir-mappings: a wrong import fails the build. */
@AnalyzeClasses(packages = "org.recordpath.fhir", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    @ArchTest
    static final ArchRule fhirKnowsNoReaders = noClasses()
            .that()
            .resideInAPackage("org.recordpath.fhir..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.recordpath.extraction..",
                    "org.recordpath.cli..",
                    "org.recordpath.intake..",
                    "org.apache.pdfbox..",
                    "net.sourceforge.tess4j..")
            .because("fhir-mappings depends on clinical-model and guidance-engine only");

    @ArchTest
    static final ArchRule fhirHasNoFrameworks = noClasses()
            .that()
            .resideInAPackage("org.recordpath.fhir..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .because("Spring, JPA and servlets live only in intake-service");
}
