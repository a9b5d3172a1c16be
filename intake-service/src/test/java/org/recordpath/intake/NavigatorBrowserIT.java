package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A navigator opens the review queue, opens a document, selects a fact (its place on the page is highlighted),
 * corrects one with a reason and confirms another; the patient's profile then shows the corrected value.
 */
class NavigatorBrowserIT extends BrowserSupport {
    @Test
    void aNavigatorReviewsFactsAndTheProfileUsesTheCorrection() {
        UUID patient = newPatient("Browser review patient");
        UUID document = uploadAndWait("navigator", patient, Corpus.dev("D001", "BM_Biopsy_Report.pdf"));

        signIn("navigator");
        browser.get(url("/review"));
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#queue a[href='/review/documents/" + document + "']")));
        screenshot("navigator-1-queue");
        link.click();

        wait.until(d -> ((Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript(
                        "var i = document.getElementById('page-image'); return i.complete && i.naturalWidth > 0;")));
        // #12: a fact read from a table row of the text layer carries its own box, drawn over the page image
        WebElement first = fact("labs.hemoglobin");
        assertThat(first.getAttribute("data-box"))
                .as("the table-row fact's box")
                .matches("\\d+,\\d+,\\d+,\\d+");
        first.findElement(By.cssSelector(".select-fact")).click();
        wait.until(ExpectedConditions.attributeContains(first, "class", "selected"));
        wait.until(d ->
                !first.findElements(By.cssSelector(".source.selected-text")).isEmpty());
        WebElement highlight = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("highlight")));
        Rectangle outline = highlight.getRect();
        Rectangle page = browser.findElement(By.id("page-image")).getRect();
        assertThat(outline.getWidth()).isGreaterThan(outline.getHeight()).isPositive();
        assertThat(outline.getX()).isGreaterThanOrEqualTo(page.getX() - 3);
        assertThat(outline.getY()).isGreaterThanOrEqualTo(page.getY() - 3);
        assertThat(outline.getX() + outline.getWidth()).isLessThanOrEqualTo(page.getX() + page.getWidth() + 3);
        assertThat(outline.getY() + outline.getHeight()).isLessThanOrEqualTo(page.getY() + page.getHeight() + 3);
        screenshot("navigator-2-selected");

        // Correct a lab read exactly once from this document, so the profile cannot take it from elsewhere.
        String field = List.of("labs.mcv", "labs.platelets", "labs.wbc", "labs.anc").stream()
                .filter(f -> browser.findElements(factPath(f)).size() == 1)
                .findFirst()
                .orElseThrow();
        String corrected = "labs.mcv".equals(field) ? "99 fL" : "1.5 10*9/L";
        WebElement blasts = fact(field);
        blasts.findElement(By.cssSelector("details summary")).click();
        WebElement value = blasts.findElement(By.cssSelector("input[name=value]"));
        value.clear();
        value.sendKeys(corrected);
        blasts.findElement(By.cssSelector("input[name=reason]")).sendKeys("the report says " + corrected);
        blasts.findElement(By.cssSelector(".save-correction")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.info"), "Corrected"));
        assertThat(fact(field).findElement(By.cssSelector(".review-result")).getText())
                .contains("corrected")
                .contains("navigator")
                .contains("the report says " + corrected);

        fact("labs.hemoglobin").findElement(By.cssSelector("button.confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.info"), "Confirmed"));
        assertThat(fact("labs.hemoglobin")
                        .findElement(By.cssSelector(".review-result"))
                        .getText())
                .contains("confirmed");
        assertThat(browser.findElement(By.id("review-state")).getText()).contains("2 of");
        screenshot("navigator-3-reviewed");

        browser.get(url("/patients/" + patient));
        WebElement labs = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[contains(@class,'compact')]//tr[td[1][normalize-space()='" + field.substring(5) + "']]")));
        assertThat(labs.findElement(By.xpath("td[2]")).getText()).isEqualTo(corrected);
        screenshot("navigator-4-profile");
    }

    private WebElement fact(String field) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(factPath(field)));
    }

    private static By factPath(String field) {
        return By.xpath("//li[contains(@class,'fact')][.//strong[normalize-space()='" + field + "']]");
    }
}
