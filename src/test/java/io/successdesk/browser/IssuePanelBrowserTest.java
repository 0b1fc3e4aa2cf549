package io.successdesk.browser;

import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The issue panel in a real browser: the app's script, loaded through the AMD loader, fills the placeholder. */
class IssuePanelBrowserTest {

    @TempDir
    static Path data;

    private static SandboxServer sandbox;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, data);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void shouldShowTheMatchedAccountAfterLoggingInThroughTheForm() throws Exception {
        logIn("agent", "/browse/SUP-1");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-account-name")));

        assertThat(browser.findElement(By.id("key-val")).getText()).isEqualTo("SUP-1");
        assertThat(text(".successdesk-account-name")).isEqualTo("Acme Corporation");
        assertThat(text(".successdesk-account-tier")).isEqualTo("Enterprise");
        assertThat(text(".successdesk-health")).isNotBlank();
        assertThat(text(".successdesk-health-reasons")).startsWith("Held back by: ").doesNotContain("_");
        String facts = text(".successdesk-panel-facts");
        assertThat(facts).contains("Matched by").contains("Reporter e-mail domain").contains("Open tickets")
                .contains("CSAT (90 days)").contains("No responses").doesNotContain("ARR");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("issue-panel.png"),
                StandardCopyOption.REPLACE_EXISTING);
        browser.manage().deleteAllCookies();
    }

    @Test
    void shouldShowAnAccountNameWithMarkupAsText() {
        String payload = "<img src=x onerror=\"window.successdeskXss=1\">Evil & Co";
        logIn("admin", "/browse/SUP-2");
        Object created = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'};
                var base = AJS.contextPath() + '/rest/successdesk/1.0/';
                fetch(base + 'accounts', {method: 'POST', headers: headers, body: JSON.stringify({key: 'XSS', name: arguments[0],
                    tier: 'SMB', lifecycleStage: 'adoption', contractStart: '2024-01-01'})})
                  .then(function (r) { return fetch(base + 'issues/SUP-2/account', {method: 'PUT', headers: headers,
                    body: JSON.stringify({accountKey: 'XSS'})}).then(function (l) { done(r.status + ' ' + l.status); }); })
                  .catch(function (e) { done(String(e)); });
                """, payload);
        assertThat(created).isEqualTo("201 200");

        browser.navigate().refresh();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-account-name")));
        assertThat(text(".successdesk-account-name")).isEqualTo(payload);
        assertThat(browser.findElements(By.cssSelector(".successdesk-panel img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.successdeskXss === undefined")).isEqualTo(true);
        assertThat(text(".successdesk-panel-facts")).contains("Manual link");
        browser.manage().deleteAllCookies();
    }

    private static void logIn(String user, String page) {
        browser.get(sandbox.baseUrl() + page);
        browser.findElement(By.id("login-form-username")).sendKeys(user);
        browser.findElement(By.id("login-form-password")).sendKeys(user);
        browser.findElement(By.id("login-form-submit")).click();
    }

    private static String text(String selector) {
        return browser.findElement(By.cssSelector(".successdesk-panel " + selector)).getText();
    }
}
