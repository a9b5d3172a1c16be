package org.recordpath.guidance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The guidance engine stays a plain library (DESIGN.md module boundaries). */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.recordpath.guidance");

    @Test
    void dependsOnNoFrameworkNorExtraction() {
        noClasses()
                .that()
                .resideInAPackage("org.recordpath.guidance..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta..",
                        "ca.uhn..",
                        "org.apache.pdfbox..",
                        "net.sourceforge.tess4j..",
                        "org.recordpath.extraction..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.recordpath.guidance.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void logicKnowsNoOtherFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.recordpath.guidance.logic..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.recordpath.guidance.pack..",
                        "org.recordpath.guidance.risk..",
                        "org.recordpath.guidance.facts..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}
