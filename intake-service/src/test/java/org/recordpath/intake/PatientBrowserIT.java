package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A patient signs in, uploads a text PDF, watches it being read and then sees their guidance. */
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
}
