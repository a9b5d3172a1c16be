package org.recordpath.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of DESIGN.md for cli: a wrong import fails the build. */
@AnalyzeClasses(packages = "org.recordpath.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    @ArchTest
    static final ArchRule cliUsesModuleApisOnly = noClasses()
            .that()
            .resideInAPackage("org.recordpath.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "ca.uhn..",
                    "org.hl7..",
                    "org.apache.pdfbox..",
                    "net.sourceforge.tess4j..",
                    "org.recordpath.intake..")
            .because("HAPI lives only in fhir-mappings and PDFBox/Tess4J only in extraction");

    @ArchTest
    static final ArchRule cliHasNoFrameworks = noClasses()
            .that()
            .resideInAPackage("org.recordpath.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
            .because("Spring lives only in intake-service");
}
