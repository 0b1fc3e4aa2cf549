package io.successdesk.browser;

import io.successdesk.app.PageRequest;
import io.successdesk.app.survey.SurveyRequest;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public survey page in a real browser, anonymous, as a customer opens the emailed link: answered with the keyboard
 * alone, in German when the browser asks for it, on a phone-sized screen, and the pages for used and invalid links.
 */
class SurveyPageBrowserTest {

    private static final AccountKey ACCOUNT = AccountKey.of("SURVEYBROWSER");

    @TempDir
    static Path data;

    private static SandboxServer sandbox;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, data);
        browser = Chromium.start();
        browser.executeCdpCommand("Network.enable", Map.of());
    }

    @AfterEach
    void reset() {
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
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

    private static String link(long issueId, String summary) {
        String token = sandbox.survey().invitations().inviteOnResolution(new SurveyRequest(issueId,
                new SurveyTicket("SUP-" + issueId, summary), "SUP", ACCOUNT, Optional.empty(),
                Optional.of("reporter@example.com"), Optional.empty())).orElseThrow();
        return sandbox.survey().invitations().linkFor(token);
    }

    private static WebElement await(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static String activeId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    @Test
    void shouldTakeAnAnswerFromTheKeyboardAloneAndThenSayTheLinkWasUsed() throws Exception {
        String link = link(30001L, "Export to CSV times out");
        browser.get(link);
        await("survey-title");
        assertThat(browser.findElement(By.id("company")).getText()).isEqualTo(SandboxServer.SANDBOX_COMPANY);
        assertThat(browser.findElement(By.id("ticket")).getText()).contains("SUP-30001").contains("Export to CSV times out");
        assertThat(browser.findElement(By.cssSelector("fieldset legend")).getText())
                .isEqualTo("How satisfied are you with the help you got?");
        screenshot("survey-desktop.png");

        press(Keys.TAB);
        assertThat(activeId()).as("the rating is the first stop").isEqualTo("rating-1");
        assertThat(browser.executeScript("return getComputedStyle(document.activeElement.nextElementSibling).outlineStyle"))
                .as("keyboard focus is visible on the rating").isEqualTo("solid");
        press(Keys.SPACE);
        assertThat(browser.findElement(By.id("rating-1")).isSelected()).isTrue();
        press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertThat(activeId()).isEqualTo("rating-4");
        assertThat(browser.findElement(By.id("rating-4")).isSelected()).isTrue();
        screenshot("survey-keyboard.png");
        press(Keys.TAB);
        assertThat(activeId()).as("one tab stop for the whole scale").isEqualTo("comment");
        press("Quick and kind");
        press(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("type")).isEqualTo("submit");
        press(Keys.ENTER);

        assertThat(await("thanks").getText()).isEqualTo("Thank you!");
        assertThat(sandbox.survey().csat().responsesOf(ACCOUNT, PageRequest.first(10)).items()).singleElement()
                .satisfies(response -> {
                    assertThat(response.rating().value()).isEqualTo(4);
                    assertThat(response.comment()).contains("Quick and kind");
                });
        screenshot("survey-thanks.png");

        browser.get(link);
        assertThat(await("already-answered").getText()).isEqualTo("You already answered this survey");
        assertThat(browser.findElements(By.name("rating"))).isEmpty();
    }

    @Test
    void shouldSpeakGermanWhenTheBrowserAsksForIt() throws Exception {
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")));

        browser.get(link(30002L, "Rechnung fehlt"));

        assertThat(await("survey-title").getText()).isEqualTo("Wie zufrieden waren Sie?");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.cssSelector("fieldset legend")).getText())
                .isEqualTo("Wie zufrieden sind Sie mit der Hilfe, die Sie erhalten haben?");
        assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Antwort senden");
        assertThat(browser.findElement(By.cssSelector("label[for=comment]")).getText())
                .isEqualTo("M\u00f6chten Sie noch etwas erg\u00e4nzen? (optional)");
        screenshot("survey-german.png");
    }

    @Test
    void shouldShowTheInvalidPageForATokenItNeverIssued() {
        browser.get(sandbox.baseUrl() + SandboxServer.SURVEY_PATH + "?token=not-a-real-token");

        assertThat(await("invalid").getText()).isEqualTo("This survey link is not valid");
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
        assertThat(browser.findElements(By.id("ticket"))).isEmpty();
    }

    @Test
    void shouldShowAnHtmlSummaryAsPlainText() {
        String payload = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";

        browser.get(link(30003L, payload));

        assertThat(await("ticket").findElement(By.className("sd-ticket-summary")).getText()).isEqualTo(payload);
        assertThat(browser.findElements(By.cssSelector(".sd-card img, .sd-card script"))).isEmpty();
        assertThat(browser.getTitle()).doesNotContain("pwned");
    }

    @Test
    void shouldFitAPhoneScreenWithoutSidewaysScrollingAndWithLargeTargets() throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));

        browser.get(link(30004L,
                "Export fails for https://reports.example.com/exports/quarterly-revenue-by-region-and-product-line-2026-q3.csv"));
        await("survey-title");

        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).longValue()).as("no horizontal scroll at 390 px").isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> targets = (List<Map<String, Number>>) browser.executeScript(
                "return Array.from(document.querySelectorAll('.sd-option span, .sd-button')).map(function (e) {"
                        + " var r = e.getBoundingClientRect(); return {width: r.width, height: r.height}; })");
        assertThat(targets).hasSize(6).allSatisfy(target -> {
            assertThat(target.get("width").doubleValue()).as("target width").isGreaterThanOrEqualTo(44);
            assertThat(target.get("height").doubleValue()).as("target height").isGreaterThanOrEqualTo(44);
        });
        screenshot("survey-phone.png");
    }

    private static void screenshot(String name) throws java.io.IOException {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
