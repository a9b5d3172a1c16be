package org.recordpath.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of DESIGN.md for clinical-model: a wrong import fails the build. */
@AnalyzeClasses(packages = "org.recordpath.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = noClasses()
            .that()
            .resideInAPackage("org.recordpath.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.recordpath.extraction..",
                    "org.recordpath.guidance..",
                    "org.recordpath.fhir..",
                    "org.recordpath.cli..",
                    "org.recordpath.intake..",
                    "org.springframework..",
                    "jakarta..",
                    "ca.uhn..",
                    "org.apache..",
                    "net.sourceforge..",
                    "com.fasterxml..",
                    "tools.jackson..")
            .because("clinical-model holds plain JDK value types");
}
