package io.successdesk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts list's CSV export and two-step import, in Chromium, against the sandbox's real REST. */
class AccountImportBrowserTest extends SandboxBrowserTest {

    private static final String LIST = "/plugins/servlet/successdesk/accounts";
    private static final String HEADER = "key,name,tier,lifecycleStage,contractStart\n";

    @Test
    void shouldImportOnlyAFileWhoseEveryRowIsAcceptedAndListTheNewAccount() throws IOException {
        logIn("csm", LIST);
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-accounts-table")));
        browser.findElement(By.cssSelector(".successdesk-import-toggle")).click();

        upload(HEADER + "IMP1,Imported One,SMB,adoption,2025-01-01\nIMP2,Broken,SMB,adoption,yesterday\n");
        new Select(browser.findElement(By.id("successdesk-import-by"))).selectByValue("key");
        browser.findElement(By.cssSelector(".successdesk-import-check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".successdesk-import-outcome"),
                "rows[2].contractStart"));
        assertThat(browser.findElement(By.cssSelector(".successdesk-import-commit")).isDisplayed())
                .as("no import of a file the server cannot read").isFalse();

        upload(HEADER + "IMP1,Imported One,SMB,adoption,2025-01-01\nIMP2,Unknown tier,Platinum,adoption,2025-01-01\n");
        browser.findElement(By.cssSelector(".successdesk-import-check")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-import-rejected")));
        assertThat(browser.findElement(By.cssSelector(".successdesk-import-rejected tbody")).getText())
                .contains("2", "tier: must be one of");
        assertThat(browser.findElement(By.cssSelector(".successdesk-import-commit")).isDisplayed())
                .as("no import while a row is rejected").isFalse();
        assertThat(((Map<?, ?>) api("accounts/IMP1")).get("key")).as("the check wrote nothing").isNull();
        saveScreenshot("account-import-rejected.png");

        upload(HEADER + "IMP1,Imported One,SMB,adoption,2025-01-01\nIMP2,Imported <b>Two</b>,SMB,adoption,2025-02-01\n");
        browser.findElement(By.cssSelector(".successdesk-import-check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".successdesk-import-outcome"),
                "Ready to import: 2 new"));
        browser.findElement(By.cssSelector(".successdesk-import-commit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".successdesk-import-outcome"),
                "Imported: 2 new"));
        wait.until(driver -> !driver.findElements(By.cssSelector("tr[data-successdesk-account-key='IMP2']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("tr[data-successdesk-account-key='IMP2']")).getText())
                .as("the name shows as text").contains("Imported <b>Two</b>");
        saveScreenshot("account-import-done.png");
    }

    @Test
    void shouldExportWhatTheListShowsAndOfferNoImportToAViewer() {
        logIn("viewer", LIST);
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-accounts-table")));
        assertThat(browser.findElements(By.cssSelector(".successdesk-import-toggle"))).isEmpty();
        String href = browser.findElement(By.cssSelector("a.successdesk-export")).getAttribute("href");
        assertThat(href).endsWith("/rest/successdesk/1.0/export/accounts?format=csv");
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);
                """, href);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("key,");
        assertThat(csv).contains("ACME", "GLOBEX", "INITECH");
    }

    private static void upload(String csv) throws IOException {
        Path file = Files.createTempFile(data, "accounts", ".csv");
        Files.writeString(file, csv);
        browser.findElement(By.id("successdesk-import-file")).sendKeys(file.toAbsolutePath().toString());
    }
}
