package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A clinician opens an assigned patient's summary and sees diagnosis, scores, genetics and every pathway. */
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
}
