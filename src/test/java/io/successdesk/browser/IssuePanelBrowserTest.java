package io.successdesk.browser;

import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
    void shouldFillThePanelPlaceholderAfterLoggingInThroughTheForm() throws Exception {
        browser.get(sandbox.baseUrl() + "/browse/SUP-1");
        browser.findElement(By.id("login-form-username")).sendKeys("agent");
        browser.findElement(By.id("login-form-password")).sendKeys("agent");
        browser.findElement(By.id("login-form-submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-panel-message")));

        assertThat(browser.findElement(By.id("key-val")).getText()).isEqualTo("SUP-1");
        assertThat(browser.findElement(By.cssSelector(".successdesk-panel .successdesk-panel-message")).getText())
                .isEqualTo("Account details are not available yet.");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("issue-panel.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
