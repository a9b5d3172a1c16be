package org.recordpath.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The service reads and renders documents only through extraction's API (#12): PDFBox and Tess4J reach its classpath
 * through extraction, so this rule, not Maven, keeps them out of its main code.
 */
@AnalyzeClasses(packages = "org.recordpath.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    @ArchTest
    static final ArchRule noPdfOrOcrLibraries = noClasses()
            .that()
            .resideInAPackage("org.recordpath.intake..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..", "net.sourceforge.tess4j..")
            .because("PDF reading, page rendering and OCR are extraction's job; the service calls its API");
}
