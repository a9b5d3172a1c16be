package org.recordpath.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md boundaries: fhir-mappings reads clinical-model and guidance-engine only; import and export stay apart. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.recordpath.fhir");

    @Test
    void dependsOnNeitherExtractionNorFrameworks() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.recordpath.extraction..",
                        "org.recordpath.intake..",
                        "org.recordpath.cli..",
                        "org.springframework..",
                        "jakarta.servlet..",
                        "jakarta.persistence..")
                .check(MAIN);
    }

    @Test
    void importDoesNotDependOnExportAndCodesDependOnNeither() {
        noClasses()
                .that()
                .resideInAPackage("..fhir.read..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..fhir.write..", "..fhir.pull..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("..fhir.write..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..fhir.read..", "..fhir.pull..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("..fhir.codes..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..fhir.read..", "..fhir.write..", "..fhir.pull..")
                .check(MAIN);
    }

    @Test
    void libraryCodeDoesNotPrintToTheConsole() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(MAIN);
    }
}
