package org.recordpath.model.karyotype;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The karyotype and HGVS parsers are plain JDK code inside the model, and they do not know each other. */
class DependencyRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.recordpath.model.karyotype", "org.recordpath.model.hgvs");

    @Test
    void karyotypeCodeUsesOnlyTheJdkAndTheProfileContract() {
        classes()
                .that()
                .resideInAPackage("org.recordpath.model.karyotype")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.recordpath.model.karyotype",
                        "org.recordpath.model.profile",
                        "org.recordpath.model.fact")
                .check(CLASSES);
    }

    @Test
    void hgvsCodeUsesOnlyTheJdk() {
        classes()
                .that()
                .resideInAPackage("org.recordpath.model.hgvs")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.recordpath.model.hgvs")
                .check(CLASSES);
    }
}
