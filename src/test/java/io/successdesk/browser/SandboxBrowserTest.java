package io.successdesk.browser;

import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * One sandbox and one headless Chromium per test class, logged out after every test so one failure never carries its
 * session into the next.
 */
abstract class SandboxBrowserTest {

    @TempDir
    static Path data;

    static SandboxServer sandbox;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, data);
        browser = Chromium.start();
    }

    @AfterEach
    void logOut() {
        browser.manage().deleteAllCookies();
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

    /** Opens {@code page}, which sends an anonymous user to the login form, and logs in (password = user name). */
    static void logIn(String user, String page) {
        browser.get(sandbox.baseUrl() + page);
        browser.findElement(By.id("login-form-username")).sendKeys(user);
        browser.findElement(By.id("login-form-password")).sendKeys(user);
        browser.findElement(By.id("login-form-submit")).click();
    }

    /** Waits up to 30 s; an element replaced while it is being read is read again. */
    static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** GET {@code path} under the app's REST base as the logged-in user, through the page's own fetch: the JSON answer. */
    static Object api(String path) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(require('wrm/context-path')() + '/rest/successdesk/1.0/' + arguments[0])
                  .then(function (r) { return r.json(); }).then(done);
                """, path);
    }

    /** Saves what the browser shows to target/screenshots/{@code name}. */
    static void saveScreenshot(String name) {
        try {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                    Files.createDirectories(Path.of("target", "screenshots")).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
