package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A clinician opens an assigned patient's summary and sees diagnosis, scores, genetics and every pathway; and every
 * page a clinician opens reads plainly and passes axe-core, for a sparse and a full record (#15).
 */
class ClinicianBrowserIT extends BrowserSupport {
    @Test
    void aClinicianSeesTheSummaryAndThePathways() {
        UUID patient = demoPatient();
        uploadAndWait("clinician", patient, Corpus.dev("D001", "BM_Biopsy_Report.pdf"));

        signIn("clinician");
        browser.findElement(By.cssSelector("a[href='/patients/" + patient + "']"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Clinician summary")))
                .click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pathways")));
        assertThat(browser.findElement(By.cssSelector(".guideline-pack")).getText())
                .matches(".+ version .+");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("not medical advice");
        assertThat(browser.findElement(By.id("diagnosis-section")).getText()).contains("WHO 2022");
        assertThat(browser.findElement(By.id("ipssr")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("ipssm")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("karyotype")).getText()).contains("del(5)");
        WebElement pathways = browser.findElement(By.id("pathways"));
        assertThat(pathways.findElements(By.cssSelector("article.pathway"))).isNotEmpty();
        assertThat(pathways.findElements(By.cssSelector(".evidence"))).isNotEmpty();
        assertThat(pathways.getText()).containsAnyOf("matched", "possible");
        assertThat(browser.findElement(By.id("fhir-link")).getAttribute("href"))
                .endsWith("/patients/" + patient + "/fhir");
        screenshot("clinician-1-summary");
    }

    // #15
    @Test
    void everyPageCliniciansOpenReadsPlainlyAndPassesAxeWithSparseAndFullRecords() {
        UUID sparse = newPatient("Sparse record");
        assign(sparse, "clinician");
        uploadAndWait("navigator", sparse, Corpus.dev("D001", "BM_Biopsy_Report.pdf"));
        UUID full = newPatient("Full record");
        assign(full, "clinician");
        for (String file :
                List.of("MyRecords_FHIR_20260626.json", "clinic_note_2026-06-25.pdf", "genomic_results.pdf")) {
            uploadAndWait("navigator", full, Corpus.dev("D002", file));
        }
        signOut();
        signIn("clinician");
        PageAudit.check((ChromeDriver) browser, "clinician-home");
        for (UUID patient : List.of(sparse, full)) {
            String name = patient.equals(sparse) ? "sparse" : "full";
            browser.get(url("/patients/" + patient));
            PageAudit.check((ChromeDriver) browser, "clinician-" + name + "-record");
            browser.get(url("/patients/" + patient + "/summary"));
            String page = browser.findElement(By.tagName("main")).getText();
            assertThat(page).doesNotContain("Reported: null").doesNotContain("needs needs");
            assertThat(browser.findElement(By.id("tested")).getText())
                    .as("never tested in these records")
                    .contains("PNH clone")
                    .contains("not tested");
            assertThat(browser.findElements(By.cssSelector("#ipssr-inputs .source")))
                    .as("IPSS-R inputs name their source")
                    .isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#ipssr-inputs a.source")))
                    .allSatisfy(
                            a -> assertThat(a.getAttribute("href")).matches(".*/documents/[0-9a-f-]{36}/pages/\\d+"));
            if (patient.equals(full)) {
                assertThat(browser.findElement(By.id("mutations")).getText())
                        .contains("SF3B1")
                        .contains("gene panel");
            }
            PageAudit.check((ChromeDriver) browser, "clinician-" + name + "-summary");
            browser.findElement(By.id("print-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.print-sheet")));
            assertThat(browser.findElement(By.cssSelector(".guideline-pack")).getText())
                    .matches(".+ version .+");
            PageAudit.check((ChromeDriver) browser, "clinician-" + name + "-print");
        }
    }
}
