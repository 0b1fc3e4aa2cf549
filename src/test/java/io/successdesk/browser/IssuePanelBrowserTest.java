package io.successdesk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The issue panel in a real browser: the app's script, loaded through the AMD loader, fills the placeholder. */
class IssuePanelBrowserTest extends SandboxBrowserTest {


    @Test
    void shouldShowTheMatchedAccountAfterLoggingInThroughTheForm() {
        logIn("agent", "/browse/SUP-1");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-account-name")));

        assertThat(browser.findElement(By.id("key-val")).getText()).isEqualTo("SUP-1");
        assertThat(text(".successdesk-account-name")).isEqualTo("Acme Corporation");
        // AUI lozenges show their text in capitals (CSS); the DOM holds the tier as the API sends it
        assertThat(browser.findElement(By.cssSelector(".successdesk-panel .successdesk-account-tier")).getAttribute("textContent"))
                .isEqualTo("Enterprise");
        assertThat(text(".successdesk-health")).isNotBlank();
        assertThat(text(".successdesk-health-badge")).isEqualToIgnoringCase("Green");
        assertThat(browser.findElements(By.cssSelector(".successdesk-panel .successdesk-health-reasons")))
                .as("a green account needs no reasons").isEmpty();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-sparkline canvas")));
        assertThat(browser.findElement(By.cssSelector(".successdesk-panel .successdesk-sparkline")).getAttribute("aria-label"))
                .as("the seeded 14 days as a uPlot sparkline with a text alternative").isNotBlank();
        String facts = text(".successdesk-panel-facts");
        assertThat(facts).contains("Matched by").contains("Reporter e-mail domain").contains("Open tickets")
                .contains("CSAT (90 days)").contains("No responses").doesNotContain("ARR");
        assertThat(facts).as("the CSM by the name Jira knows").contains("Casey CSM");
        assertThat(browser.findElements(By.cssSelector(".successdesk-panel .successdesk-open-account"))).as("agents "
                + "may not view accounts").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".successdesk-panel .successdesk-link-open"))).isEmpty();

        WebElement toggle = browser.findElement(By.cssSelector("#account-issue-panel button.toggle-title"));
        toggle.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-account-name")));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-account-name")));
        saveScreenshot("issue-panel-agent.png");
    }

    @Test
    void shouldWordARenewalCtaFromItsFactsWithTheDaysLeftComputedAtViewTime() {
        // The seed's renewal is 75 days after the server's today. The viewer's clock runs 10 days ahead: a text stored
        // at creation would still say 75 days; worded at view time from the stored date, it says 65.
        Map<String, Object> shifted = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (function () {
                    var RealDate = Date, shift = 10 * 86400000;
                    class ShiftedDate extends RealDate {
                        constructor(...args) { if (args.length === 0) { super(RealDate.now() + shift); } else { super(...args); } }
                        static now() { return RealDate.now() + shift; }
                    }
                    window.Date = ShiftedDate;
                })();"""));
        try {
            logIn("agent", "/browse/SUP-1");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            By reminder = By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-reason='renewal-90']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(reminder));

            LocalDate renewal = LocalDate.now(ZoneOffset.UTC).plusDays(75);
            String date = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US).format(renewal);
            assertThat(browser.findElement(reminder).getText()).isEqualTo("Renewal on " + date + " (in 65 days).");
            List<String> ctas = browser.findElements(By.cssSelector(".successdesk-panel .successdesk-cta")).stream()
                    .map(WebElement::getText).toList();
            assertThat(ctas).as("worded in the browser, nothing stored in English").isNotEmpty()
                    .noneMatch(text -> text.contains("75 days") || text.isBlank() || text.contains("successdesk.cta"));
            browser.findElements(By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-reason='renewal-at-risk']"))
                    .forEach(atRisk -> assertThat(atRisk.getText())
                            .isEqualTo("Renewal on " + date + " (in 65 days) and health is not green."));
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", shifted.get("identifier")));
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void shouldWordWhyAnIssueMatchesSeveralAccountsFromTheReasonCode() {
        logIn("admin", "/browse/SUP-1");
        Object created = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'};
                var base = require('wrm/context-path')() + '/rest/successdesk/1.0/';
                fetch(base + 'accounts', {method: 'POST', headers: headers, body: JSON.stringify({key: 'INITECH_EU', name: 'Initech EU',
                    emailDomains: ['initech.example'], tier: 'SMB', lifecycleStage: 'adoption', contractStart: '2024-01-01'})})
                  .then(function () { return fetch(require('wrm/context-path')() + '/sandbox/tickets', {method: 'POST',
                    body: new URLSearchParams({action: 'create', summary: 'Two accounts', reporter: 'kim@initech.example'})}); })
                  .then(function (r) { done(String(r.ok)); }, function (e) { done(String(e)); });
                """);
        assertThat(created).isEqualTo("true");
        String issue = createdIssue("Two accounts");
        assertThat(awaitPanelState(issue, "ambiguous")).isEqualTo("ambiguous");

        browser.get(sandbox.baseUrl() + "/browse/" + issue);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-panel-unmatched")));
        assertThat(text(".successdesk-panel-unmatched .successdesk-panel-message")).isEqualTo(
                "The reporter e-mail domain initech.example is claimed by several accounts (INITECH, INITECH_EU), so none was chosen.");
        // Linking needs the right to view accounts (issue 10): an admin links it with the account picker
        browser.findElement(By.cssSelector(".successdesk-panel .successdesk-link-open")).click();
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".successdesk-dialog .successdesk-account-picker input[role='combobox']")));
        search.sendKeys("initech eu");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".successdesk-picker-option[data-account-key='INITECH_EU']")));
        assertThat(browser.findElements(By.cssSelector(".successdesk-picker-option")))
                .as("the search endpoint's matches only").hasSize(1);
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".successdesk-panel .successdesk-account-name"), "Initech EU"));
        assertThat(text(".successdesk-panel-facts")).contains("Manual link");
        browser.manage().deleteAllCookies();

        // an agent sees why, but no link action the server would refuse
        logIn("agent", "/browse/" + issue);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-account-name")));
        assertThat(browser.findElements(By.cssSelector(".successdesk-panel .successdesk-link-open"))).isEmpty();
    }

    @Test
    void shouldCloseACtaWithAReasonFromItsDialogAndShowTheServersErrorNextToTheField() {
        logIn("csm", "/browse/SUP-1");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        By closeButton = By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-status='open']"
                + ":not([data-successdesk-reason^='renewal']) .successdesk-cta-close");
        wait.until(ExpectedConditions.visibilityOfElementLocated(closeButton));
        WebElement cta = browser.findElement(closeButton).findElement(By.xpath("ancestor::li[1]"));
        String id = cta.getAttribute("data-successdesk-cta-id");
        browser.findElement(closeButton).click();
        WebElement reason = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-dialog textarea[name='reason']")));
        reason.sendKeys("   ");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-dialog .error")));
        assertThat(browser.findElements(By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-cta-id='" + id + "']")))
                .as("nothing closed on bad input").hasSize(1);

        reason.clear();
        reason.sendKeys("Renewal signed on the call");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-cta-id='" + id + "']"), 0));
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(require('wrm/context-path')() + '/rest/successdesk/1.0/ctas?account=ACME&status=closed')
                  .then(function (r) { return r.json(); })
                  .then(function (page) { done(page.ctas.filter(function (c) { return c.id === arguments[0]; }).length); });
                """.replace("arguments[0]", "'" + id + "'"));
        assertThat(status).as("the API lists it as closed").isEqualTo(1L);
    }

    @Test
    void shouldLogATouchpointAndSnoozeACtaThroughTheirDialogs() {
        logIn("csm", "/browse/SUP-3");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-panel .successdesk-log-touchpoint"))).click();
        WebElement summary = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".successdesk-dialog textarea[name='summary']")));
        summary.sendKeys("Walked through the billing contacts");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".successdesk-dialog textarea[name='summary']")));
        Object logged = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(require('wrm/context-path')() + '/rest/successdesk/1.0/accounts/INITECH/touchpoints')
                  .then(function (r) { return r.text(); }).then(done);
                """);
        assertThat(String.valueOf(logged)).as("the touchpoint as the API lists it").contains("Walked through the billing contacts")
                .contains("\"type\":\"call\"");

        // the touchpoint ends condition CTAs (no touchpoint) in the account-changed worker: let it finish, then reload
        sandbox.awaitAccountChangesProcessed(Duration.ofSeconds(30));
        browser.navigate().refresh();
        By snooze = By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-status='open']"
                + "[data-successdesk-reason='renewal-90'] .successdesk-cta-snooze");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-panel-facts")));
        assertThat(browser.findElements(snooze)).as("the 90-day renewal reminder in %s",
                browser.findElement(By.cssSelector(".successdesk-panel")).getText()).isNotEmpty();
        String id = browser.findElement(snooze).findElement(By.xpath("ancestor::li[1]")).getAttribute("data-successdesk-cta-id");
        browser.findElement(snooze).click();
        WebElement until = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-dialog input[name='until']")));
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", until, day);
        browser.findElement(By.cssSelector(".successdesk-dialog textarea[name='reason']")).sendKeys("Waiting for their budget");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        By snoozedLine = By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-status='snoozed']"
                + "[data-successdesk-cta-id='" + id + "']");
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(snoozedLine),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-dialog .error:not(:empty), "
                        + ".successdesk-dialog .successdesk-dialog-message:not(:empty)"))));
        assertThat(browser.findElements(By.cssSelector(".successdesk-dialog[aria-hidden='false'], .successdesk-dialog:not([aria-hidden])"))
                .stream().map(WebElement::getText).toList()).as("no dialog left open with an error").isEmpty();
        wait.until(ExpectedConditions.visibilityOfElementLocated(snoozedLine));
        String date = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US).format(LocalDate.parse(day));
        assertThat(browser.findElement(By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-cta-id='" + id
                + "'] .successdesk-cta-text")).getText()).endsWith("(snoozed until " + date + ")");
    }

    /**
     * A support lead (agent and financial viewer) sees the ARR on the panel in the account's own currency as the API
     * answers it: euros with cents for ACME, yen without a minor unit for a Japanese account matched by its e-mail
     * domain; an agent on the same issue finds no ARR anywhere in the page.
     */
    @Test
    void shouldShowArrToAFinancialViewerInTheAccountsCurrency() {
        logIn("admin", "/browse/SUP-1");
        Object created = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                require('successdesk/rest-client').post('accounts', {key: 'YEN', name: 'Yen Works', tier: 'Enterprise',
                    lifecycleStage: 'adoption', contractStart: '2024-01-01', emailDomains: ['yen.example'],
                    arr: {minorUnits: 98765432, currency: 'JPY'}})
                  .then(function () { return fetch(require('wrm/context-path')() + '/sandbox/tickets', {method: 'POST',
                    body: new URLSearchParams({action: 'create', summary: 'Yen invoice question', reporter: 'aki@yen.example'})}); })
                  .then(function (r) { done(String(r.ok)); }, function (f) { done(JSON.stringify(f)); });
                """);
        assertThat(created).isEqualTo("true");
        String issue = createdIssue("Yen invoice question");
        assertThat(awaitPanelState(issue, "matched")).isEqualTo("matched");
        browser.manage().deleteAllCookies();

        logIn("lead", "/browse/SUP-1");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-arr")));
        Map<?, ?> acme = (Map<?, ?>) ((Map<?, ?>) panel("SUP-1")).get("account");
        Map<?, ?> euros = (Map<?, ?>) acme.get("arr");
        assertThat(euros.get("currency")).isEqualTo("EUR");
        long cents = ((Number) euros.get("minorUnits")).longValue();
        assertThat(text(".successdesk-arr")).as("whole euros without cents, as the account page shows them").isEqualTo(
                cents % 100 == 0 ? String.format(java.util.Locale.US, "\u20ac%,d", cents / 100)
                        : String.format(java.util.Locale.US, "\u20ac%,.2f", cents / 100.0));

        browser.get(sandbox.baseUrl() + "/browse/" + issue);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".successdesk-panel .successdesk-account-name"), "Yen Works"));
        assertThat(text(".successdesk-arr")).isEqualTo("\u00a598,765,432");
        saveScreenshot("panel-finance-jpy.png");
        browser.manage().deleteAllCookies();

        logIn("agent", "/browse/" + issue);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".successdesk-panel .successdesk-account-name"), "Yen Works"));
        assertThat(browser.getPageSource()).doesNotContain("98,765,432", "98765432", "successdesk-arr");
        browser.manage().deleteAllCookies();
    }

    /** The key of the sandbox issue this class created with that summary. */
    private static String createdIssue(String summary) {
        return sandbox.issues().all().values().stream().filter(issue -> issue.summary().equals(summary))
                .map(issue -> issue.getKey()).findFirst().orElseThrow();
    }

    /** The panel's state for the issue once it is {@code wanted} (polled for up to 20 s: ticket events are async). */
    private static Object awaitPanelState(String issue, String wanted) {
        return ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var issue = arguments[0];
                var wanted = arguments[1];
                var base = require('wrm/context-path')() + '/rest/successdesk/1.0/';
                function poll(tries) {
                  fetch(base + 'panel/' + issue).then(function (r) { return r.json(); }).then(function (panel) {
                    if (panel.state === wanted || tries === 0) { done(panel.state); } else { setTimeout(function () { poll(tries - 1); }, 200); }
                  }).catch(function (e) { done(String(e)); });
                }
                poll(100);
                """, issue, wanted);
    }

    private static Object panel(String issue) {
        return api("panel/" + issue);
    }

    @Test
    void shouldShowAnAccountNameWithMarkupAsText() {
        String payload = "<img src=x onerror=\"window.successdeskXss=1\">Evil & Co";
        logIn("admin", "/browse/SUP-2");
        Object created = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'};
                var base = require('wrm/context-path')() + '/rest/successdesk/1.0/';
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

    @Test
    void shouldShowTheHealthTheApiAnswersAndListASnoozedCtaWithItsDate() {
        try {
            showHealthAndSnoozedCta();
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    private void showHealthAndSnoozedCta() {
        logIn("csm", "/browse/SUP-2");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-health-badge")));
        String until = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
        // Another test of this class links SUP-2 by hand, so take the account the panel shows.
        Object score = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'};
                var base = require('wrm/context-path')() + '/rest/successdesk/1.0/';
                var account;
                fetch(base + 'panel/SUP-2').then(function (r) { return r.json(); })
                  .then(function (panel) { account = panel.account.key;
                    return fetch(base + 'ctas?account=' + account + '&status=open'); })
                  .then(function (r) { return r.json(); })
                  .then(function (page) { return fetch(base + 'ctas/' + page.ctas[0].id + '/snooze', {method: 'POST',
                    headers: headers, body: JSON.stringify({until: arguments[0], reason: 'after the QBR'})}); })
                  .then(function () { return fetch(base + 'accounts/' + account + '/health'); })
                  .then(function (r) { return r.json(); })
                  .then(function (health) { done(Math.round(health.score) + ''); })
                  .catch(function (e) { done(String(e)); });
                """.replace("arguments[0]", "'" + until + "'"));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-panel .successdesk-health-badge")));
        assertThat(text(".successdesk-health-score")).as("the panel's score is the health endpoint's")
                .isEqualTo(String.valueOf(score));
        By snoozed = By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-status='snoozed']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(snoozed));
        String date = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US).format(LocalDate.parse(until));
        String snoozedText = browser.findElement(snoozed).findElement(By.className("successdesk-cta-text")).getText();
        assertThat(snoozedText).endsWith("(snoozed until " + date + ")");
        assertThat(browser.findElement(snoozed).findElements(By.className("successdesk-cta-snooze")))
                .as("a snoozed CTA can be closed, not snoozed again").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".successdesk-panel .successdesk-cta[data-successdesk-status='open'] "
                + ".successdesk-cta-text")).stream().map(WebElement::getText).toList()).as("snoozed is not listed as open")
                .doesNotContain(snoozedText.replaceAll(" \\(snoozed until .*\\)$", ""));
        saveScreenshot("issue-panel-snoozed.png");
    }


    private static String text(String selector) {
        return browser.findElement(By.cssSelector(".successdesk-panel " + selector)).getText();
    }
}
