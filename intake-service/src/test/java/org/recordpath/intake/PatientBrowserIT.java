package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient signs in, uploads a text PDF, watches it being read and then sees their guidance; and every page a
 * patient sees reads plainly and passes axe-core, before any upload, with one report and with a full record (#15).
 */
class PatientBrowserIT extends BrowserSupport {
    private static String real(java.nio.file.Path path) {
        try {
            return path.toRealPath().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPatientUploadsAReportAndSeesTheGuidanceWithItsPackAndTheNotice() {
        signIn("patient");
        wait.until(ExpectedConditions.urlMatches(".*/patients/[0-9a-f-]{36}$"));
        int before = browser.findElements(By.cssSelector("#documents tr[data-document-id]"))
                .size();

        WebElement picker = browser.findElement(By.id("file"));
        assertThat(picker.getAttribute("multiple")).isNotNull();
        assertThat(picker.getAttribute("accept")).contains("application/pdf").contains("image/*");
        picker.sendKeys(real(Corpus.dev("D001", "BM_Biopsy_Report.pdf")));
        browser.findElement(By.id("upload-button")).click();

        WebElement progress = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#uploads li")));
        assertThat(progress.findElement(By.cssSelector("progress")).isDisplayed())
                .isTrue();
        screenshot("patient-1-uploading");
        new WebDriverWait(browser, PROCESSING)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#uploads li.done")));
        assertThat(browser.findElement(By.cssSelector("#uploads li.done .upload-state"))
                        .getText())
                .isEqualTo("done");
        screenshot("patient-2-done");

        // The page reloads itself with the new document and the guidance made from it.
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#documents tr[data-status=DONE]"))
                                .size()
                        > before);
        WebElement guidance = browser.findElement(By.id("guidance"));
        assertThat(guidance.findElement(By.cssSelector(".guideline-pack")).getText())
                .matches(".+ version .+");
        assertThat(guidance.findElement(By.cssSelector(".notice")).getText()).contains("not medical advice");
        assertThat(browser.findElement(By.id("diagnosis")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("risk-group")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("svg.chart, #guidance table.compact")))
                .isNotEmpty();
        screenshot("patient-3-guidance");
    }

    // #15
    @Test
    void everyPagePatientsSeeReadsPlainlyAndPassesAxeWithSparseAndFullRecords() {
        UUID sparse = patientWithAccount("patient-sparse");
        signOut();
        signIn("patient-sparse", PATIENT_PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/patients/" + sparse + "$"));
        assertThat(browser.findElement(By.id("invitation")).getText()).contains("Upload your records");
        assertThat(browser.findElements(By.cssSelector(".pathway"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("No documents yet");
        PageAudit.check((ChromeDriver) browser, "patient-sparse-empty");

        uploadAndWait("navigator", sparse, Corpus.dev("D001", "BM_Biopsy_Report.pdf"));
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("invitation"))).isEmpty();
        PageAudit.check((ChromeDriver) browser, "patient-sparse-one-report");

        UUID full = patientWithAccount("patient-full");
        for (String file :
                List.of("MyRecords_FHIR_20260626.json", "clinic_note_2026-06-25.pdf", "genomic_results.pdf")) {
            uploadAndWait("navigator", full, Corpus.dev("D002", file));
        }
        signOut();
        signIn("patient-full", PATIENT_PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/patients/" + full + "$"));
        String mutations = browser.findElement(By.id("mutations")).getText();
        assertThat(mutations).contains("SF3B1").contains("disease-causing").doesNotContain("none reported");
        assertThat(browser.findElement(By.id("guidance")).getText()).contains("×10⁹/L");
        PageAudit.check((ChromeDriver) browser, "patient-full");

        PageAudit.viewport((ChromeDriver) browser, 390, 844);
        int guidanceTop = browser.findElement(By.id("guidance")).getLocation().getY();
        int uploadTop = browser.findElement(By.id("upload-form")).getLocation().getY();
        int cellLabel = ((Number) ((ChromeDriver) browser)
                        .executeScript("var td = document.querySelector('#documents td[data-label]');"
                                + "return getComputedStyle(td, '::before').content.length;"))
                .intValue();
        PageAudit.viewport((ChromeDriver) browser, 1366, 900);
        assertThat(guidanceTop).as("on a phone the guidance comes first").isLessThan(uploadTop);
        assertThat(cellLabel).as("stacked cells are labelled").isGreaterThan(2);

        for (String mistyped : List.of("/no-such-page", "/patients/not-a-record-id")) {
            browser.get(url(mistyped));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("We could not find that page");
            assertThat(browser.findElement(By.tagName("code")).getText()).isNotBlank();
            assertThat(browser.getPageSource()).doesNotContain("\"status\"");
        }
        PageAudit.check((ChromeDriver) browser, "patient-error-page");
    }
}
