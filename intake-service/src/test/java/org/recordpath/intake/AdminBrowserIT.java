package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin creates a navigator account, assigns it to the demo patient and finds both changes in the audit trail
 * filtered by user and action; the new navigator then signs in and sees that patient.
 */
class AdminBrowserIT extends BrowserSupport {
    @Test
    void anAdminCreatesANavigatorAssignsItAndFindsTheChangesInTheAuditTrail() {
        UUID patient = demoPatient();
        String name = "nav-" + UUID.randomUUID().toString().substring(0, 8);

        signIn("admin");
        browser.get(url("/admin/users"));
        browser.findElement(By.id("new-username")).sendKeys(name);
        browser.findElement(By.id("new-password")).sendKeys("admin browser passphrase"); // #11: password policy
        new Select(browser.findElement(By.id("new-role"))).selectByValue("NAVIGATOR");
        browser.findElement(By.cssSelector("#create-account button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.info"), "Created " + name));
        WebElement row = browser.findElement(By.cssSelector("#accounts tr[data-username='" + name + "']"));
        assertThat(row.findElement(By.cssSelector(".role")).getText()).isEqualTo("NAVIGATOR");
        assertThat(row.findElement(By.cssSelector(".enabled")).getText()).isEqualTo("yes");
        assertThat(browser.getPageSource()).doesNotContain("$2a$");
        screenshot("admin-1-users");

        browser.get(url("/admin/patients"));
        WebElement patientRow = browser.findElement(By.cssSelector("#assignments tr[data-patient='" + patient + "']"));
        new Select(patientRow.findElement(By.cssSelector("select[name=username]"))).selectByValue(name);
        patientRow.findElement(By.cssSelector("button.assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.info"), "Assigned " + name));
        assertThat(browser.findElement(By.cssSelector("#assignments tr[data-patient='" + patient + "']"))
                        .findElements(By.cssSelector(".assigned li[data-username='" + name + "']")))
                .hasSize(1);
        screenshot("admin-2-assignments");

        browser.get(url("/admin/audit"));
        browser.findElement(By.id("audit-user")).sendKeys("admin");
        new Select(browser.findElement(By.id("audit-action"))).selectByValue("ASSIGN");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("action=ASSIGN"));
        WebElement events = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
        assertThat(events.findElements(By.xpath(".//tbody/tr[td[4]='ASSIGN'][td[7]='" + name + "']")))
                .hasSize(1);
        assertThat(events.findElements(By.xpath(".//tbody/tr[td[4]!='ASSIGN']")))
                .isEmpty();
        screenshot("admin-3-audit");

        new Select(browser.findElement(By.id("audit-action"))).selectByValue("CREATE_ACCOUNT");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("action=CREATE_ACCOUNT"));
        assertThat(browser.findElements(
                        By.xpath("//main//table/tbody/tr[td[4]='CREATE_ACCOUNT'][td[7]='" + name + "']")))
                .hasSize(1);

        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(name, "admin browser passphrase");
        assertThat(browser.findElements(By.cssSelector("a[href='/patients/" + patient + "']")))
                .isNotEmpty();
    }
}
