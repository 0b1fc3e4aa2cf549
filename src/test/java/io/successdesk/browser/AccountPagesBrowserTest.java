package io.successdesk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts list and account page in a real browser, as each role sees them, checked against the REST API. */
class AccountPagesBrowserTest extends SandboxBrowserTest {

    private static final String LIST = "/plugins/servlet/successdesk/accounts";


    @Test
    void shouldListTheAccountsWithTheHealthTheApiAnswersAndFilterThem() {
        logIn("csm", LIST);
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-accounts-table")));
        assertThat(rowKeys()).containsExactly("ACME", "GLOBEX", "INITECH");
        for (String key : rowKeys()) {
            Map<?, ?> health = (Map<?, ?>) api("accounts/" + key + "/health");
            String shown = browser.findElement(By.cssSelector("tr[data-successdesk-account-key='" + key
                    + "'] .successdesk-health-score")).getText();
            assertThat(shown).as(key + ": the list's score is the health endpoint's, as a whole number")
                    .isEqualTo(String.valueOf(Math.round(Math.round(((Number) health.get("score")).doubleValue() * 10) / 10.0)));
        }
        assertThat(browser.findElements(By.cssSelector(".successdesk-arr"))).as("no ARR for a CSM who is no financial viewer")
                .isEmpty();
        assertThat(browser.findElement(By.id("successdesk-customer-success")).getText()).isEqualTo("Customer success");
        saveScreenshot("account-list-csm.png");

        browser.findElement(By.cssSelector("input[name='q']")).sendKeys("glob");
        wait.until(driver -> rowKeys().equals(List.of("GLOBEX")));
        browser.findElement(By.cssSelector("input[name='q']")).clear();
        browser.findElement(By.cssSelector("input[name='q']")).sendKeys(" ");
        wait.until(driver -> rowKeys().size() == 3);
        List<String> red = ((List<?>) ((Map<?, ?>) api("accounts?band=red&sort=name")).get("items")).stream()
                .map(item -> String.valueOf(((Map<?, ?>) item).get("key"))).toList();
        new Select(browser.findElement(By.cssSelector("select[name='band']"))).selectByValue("red");
        if (red.isEmpty()) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-results .aui-message-info")));
        } else {
            wait.until(driver -> rowKeys().equals(red));   // another test of this class may have set a red override
        }
        new Select(browser.findElement(By.cssSelector("select[name='band']"))).selectByValue("");
        wait.until(driver -> rowKeys().size() == 3);

        List<String> withCtas = ((List<?>) ((Map<?, ?>) api("accounts?openCtas=true&sort=name")).get("items")).stream()
                .map(item -> String.valueOf(((Map<?, ?>) item).get("key"))).toList();
        browser.findElement(By.cssSelector("label[for='successdesk-accounts-open-ctas']")).click();
        if (withCtas.isEmpty()) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-results .aui-message-info")));
        } else {
            wait.until(driver -> rowKeys().equals(withCtas));
        }
        saveScreenshot("account-list-open-ctas.png");
        browser.findElement(By.cssSelector("label[for='successdesk-accounts-open-ctas']")).click();
        wait.until(driver -> rowKeys().size() == 3);

        browser.findElement(By.cssSelector("button[data-successdesk-sort='name']")).click();
        wait.until(driver -> rowKeys().equals(List.of("INITECH", "GLOBEX", "ACME")));
        assertThat(browser.findElement(By.cssSelector("th[aria-sort='descending'] button")).getAttribute("data-successdesk-sort"))
                .isEqualTo("name");
    }

    @Test
    void shouldFilterByTierAndCsmAsTheApiDoesWithOnlyMyAccountsInStep() {
        logIn("csm", LIST);
        WebDriverWait wait = waiting();
        wait.until(driver -> rowKeys().size() == 3);
        assertThat(ownerAfterChange("INITECH", "admin")).isEqualTo("admin");
        try {
            browser.navigate().refresh();
            wait.until(driver -> rowKeys().size() == 3);
            Select tier = new Select(browser.findElement(By.cssSelector("select[name='tier']")));
            assertThat(tier.getOptions().stream().skip(1).map(o -> o.getAttribute("value")).toList())
                    .as("the admin's tiers, in order").isEqualTo(((Map<?, ?>) api("tiers")).get("tiers"));
            tier.selectByValue("Mid-Market");
            wait.until(driver -> rowKeys().equals(apiKeys("tier=Mid-Market")));
            assertThat(rowKeys()).containsExactly("GLOBEX");
            tier.selectByValue("");
            wait.until(driver -> rowKeys().size() == 3);

            Select csm = new Select(browser.findElement(By.cssSelector("select[name='csm']")));
            assertThat(csm.getOptions().stream().map(o -> o.getAttribute("value")).toList())
                    .as("any, then the CSMs of the accounts seen").containsExactlyInAnyOrder("", "csm", "admin");
            assertThat(browser.findElement(By.cssSelector("select[name='csm'] option[value='admin']")).getText())
                    .as("by the name the API answers").isEqualTo(((Map<?, ?>) api("accounts/INITECH")).get("csmDisplayName"));
            csm.selectByValue("admin");
            wait.until(driver -> rowKeys().equals(apiKeys("csm=admin")));
            assertThat(rowKeys()).containsExactly("INITECH");
            WebElement mine = browser.findElement(By.cssSelector("input[name='mine']"));
            WebElement mineLabel = browser.findElement(By.cssSelector("label[for='successdesk-accounts-mine']"));
            assertThat(mine.isSelected()).as("another CSM's accounts are not mine").isFalse();

            mineLabel.click();
            wait.until(driver -> rowKeys().equals(apiKeys("csm=csm")));
            assertThat(rowKeys()).containsExactly("ACME", "GLOBEX");
            assertThat(csm.getFirstSelectedOption().getAttribute("value")).as("the select shows the same filter").isEqualTo("csm");
            tier.selectByValue("Enterprise");
            wait.until(driver -> rowKeys().equals(apiKeys("tier=Enterprise&csm=csm")));
            assertThat(rowKeys()).containsExactly("ACME");
            assertThat(mine.isSelected()).as("a tier keeps 'Only my accounts'").isTrue();

            tier.selectByValue("");
            mineLabel.click();
            wait.until(driver -> rowKeys().size() == 3);
            assertThat(csm.getFirstSelectedOption().getAttribute("value")).isEmpty();
        } finally {
            ownerAfterChange("INITECH", "csm");
        }
    }

    @Test
    void shouldShowAnAccountAndLetACsmLogATouchpointThatAppearsOnThePage() {
        logIn("csm", LIST);
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Globex"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        assertThat(browser.getCurrentUrl()).endsWith(LIST + "/GLOBEX");
        assertThat(browser.findElement(By.cssSelector(".successdesk-account-title")).getText()).startsWith("Globex");
        Map<?, ?> health = (Map<?, ?>) api("accounts/GLOBEX/health");
        assertThat(browser.findElement(By.cssSelector(".successdesk-account-health .successdesk-health-score")).getText())
                .isEqualTo(String.valueOf(Math.round(Math.round(((Number) health.get("score")).doubleValue() * 10) / 10.0)));
        assertThat(browser.findElements(By.cssSelector(".successdesk-breakdown tbody tr")))
                .as("one line per measure the API explains").hasSize(((List<?>) health.get("breakdown")).size());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".successdesk-health-chart canvas")));

        browser.findElement(By.cssSelector(".successdesk-account-touchpoints .successdesk-log-touchpoint")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-dialog textarea[name='summary']")))
                .sendKeys("Renewal kick-off with their CFO");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".successdesk-touchpoints"),
                "Renewal kick-off with their CFO"));
        saveScreenshot("account-page-csm.png");
    }

    @Test
    void shouldEditAnAccountSetAnOverrideAndSayWhenSomeoneElseSavedFirst() {
        logIn("csm", LIST + "/INITECH");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.elementToBeClickable(By.className("successdesk-override-set"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-dialog textarea[name='reason']")))
                .sendKeys("Champion left last week");
        new Select(browser.findElement(By.cssSelector(".successdesk-dialog select[name='band']"))).selectByValue("red");
        browser.executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.cssSelector(".successdesk-dialog input[name='expiresOn']")),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString());
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("successdesk-override-remove")));
        assertThat(browser.findElement(By.cssSelector(".successdesk-account-health .aui-message-info")).getText())
                .contains("Champion left last week");
        assertThat(((Map<?, ?>) api("accounts/INITECH/health")).get("band")).isEqualTo("red");

        // someone else saves first: this page's version is stale
        Map<?, ?> account = (Map<?, ?>) api("accounts/INITECH");
        browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var body = arguments[0]; body.name = 'Initech Holdings';
                fetch(require('wrm/context-path')() + '/rest/successdesk/1.0/accounts/INITECH', {method: 'PUT',
                    headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'}, body: JSON.stringify(body)})
                  .then(function (r) { done(r.status); });
                """, Map.of("name", account.get("name"), "tier", account.get("tier"), "lifecycleStage",
                account.get("lifecycleStage"), "contractStart", account.get("contractStart"), "version", account.get("version")));
        browser.findElement(By.className("successdesk-account-edit")).click();
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-dialog input[name='name']")));
        name.clear();
        name.sendKeys("Initech Worldwide");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".successdesk-dialog .successdesk-dialog-message"),
                "Someone else changed this account"));
        assertThat(((Map<?, ?>) api("accounts/INITECH")).get("name")).as("nothing overwritten").isEqualTo("Initech Holdings");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.className("successdesk-account-edit"))).click();
        name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-dialog input[name='name']")));
        assertThat(name.getAttribute("value")).isEqualTo("Initech Holdings");
        name.clear();
        name.sendKeys("Initech Worldwide");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("successdesk-account-title"), "Initech Worldwide"));
    }

    @Test
    void shouldShowTheLastNpsAnswersOfTheWindowAsTheApiAnswersThem() {
        logIn("csm", LIST + "/ACME");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        Instant now = Instant.now();
        List<Object> outcomes = List.of(
                nps("nps-browser-1", 9, now.minus(Duration.ofDays(3)), "Support is quick"),
                nps("nps-browser-2", 4, now.minus(Duration.ofDays(20)), "<script>alert(1)</script>"),
                nps("nps-browser-3", 10, now.minus(Duration.ofDays(40)), null),
                nps("nps-browser-old", 0, now.minus(Duration.ofDays(200)), "long ago"));
        assertThat(outcomes).as("stored (or already stored by an earlier run)").doesNotContain("failed");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-nps")));

        Map<?, ?> page = (Map<?, ?>) api("accounts/ACME/nps?limit=5&windowDays=180");
        List<String> expected = ((List<?>) page.get("items")).stream()
                .map(item -> ((Number) ((Map<?, ?>) item).get("score")).intValue() + " of 10").toList();
        assertThat(expected).as("newest first, the 200-day-old answer outside the window").startsWith("9 of 10", "4 of 10", "10 of 10");
        assertThat(browser.findElements(By.cssSelector(".successdesk-account-nps .successdesk-survey-score")).stream()
                .map(WebElement::getText).toList()).isEqualTo(expected);
        assertThat(browser.findElement(By.cssSelector(".successdesk-account-nps .successdesk-nps-count")).getText())
                .isEqualTo("Answers in the last 180 days: " + page.get("total"));
        assertThat(browser.findElement(By.cssSelector(".successdesk-account-nps")).getText())
                .contains("<script>alert(1)</script>").doesNotContain("long ago");
        saveScreenshot("account-page-nps-csm.png");
    }

    @Test
    void shouldShowAViewerNoActionsAndAFinancialViewerTheArr() {
        logIn("viewer", LIST + "/ACME");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        assertThat(browser.findElements(By.cssSelector(".successdesk-log-touchpoint, .successdesk-cta-snooze, .successdesk-cta-close, "
                + ".successdesk-account-edit, .successdesk-override-set, .successdesk-sentiment-set")))
                .as("a viewer reads only").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".successdesk-arr"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".successdesk-account-revenue"))).as("no revenue history").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("480,000");
        browser.manage().deleteAllCookies();

        logIn("admin", LIST + "/ACME");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        Object loaded = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                require('successdesk/rest-client').post('revenue/arr', {rows: [
                    {accountKey: 'ACME', month: '2026-01', arrMinorUnits: 45000000, currency: 'EUR'},
                    {accountKey: 'ACME', month: '2026-02', arrMinorUnits: 46500050, currency: 'EUR'},
                    {accountKey: 'ACME', month: '2026-03', arrMinorUnits: 48000000, currency: 'EUR'}]})
                  .then(function () { done('ok'); }, function (f) { done(JSON.stringify(f)); });
                """);
        assertThat(loaded).isEqualTo("ok");
        browser.manage().deleteAllCookies();

        logIn("finance", LIST + "/ACME");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        assertThat(browser.findElement(By.cssSelector(".successdesk-account-facts .successdesk-arr")).getText())
                .isEqualTo("€480,000");
        WebElement revenue = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".successdesk-account-revenue")));
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(revenue, By.cssSelector(".successdesk-chart-plot canvas")));
        List<?> months = (List<?>) ((Map<?, ?>) api("accounts/ACME/arr")).get("months");
        List<WebElement> rows = revenue.findElements(By.cssSelector(".successdesk-arr-table tbody tr"));
        assertThat(rows).as("a row per month the API answers").hasSize(months.size());
        assertThat(rows.get(0).getAttribute("textContent")).as("newest first, money by its minor unit")
                .contains("2026-03").contains("€480,000");
        assertThat(rows.get(1).getAttribute("textContent")).contains("€465,000.50");
        browser.executeScript("arguments[0].scrollIntoView();", revenue);
        saveScreenshot("account-revenue.png");
    }

    /**
     * Globex gets an ARR row for the month the 90-day change compares with (120,000 EUR against 96,000 now: −20 %,
     * the ARR measure's worst score). The score is made without it, so every role reads points that add up to it.
     */
    @Test
    void shouldExplainTheScoreWithPointsAddingUpToItAndShowTheArrChangeOnlyToFinancialViewersAsNotCounted() {
        YearMonth base = YearMonth.from(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(89)).minusMonths(1);
        logIn("admin", LIST + "/GLOBEX");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        Object loaded = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                require('successdesk/rest-client').post('revenue/arr', {rows: [
                    {accountKey: 'GLOBEX', month: arguments[0], arrMinorUnits: 12000000, currency: 'EUR'}]})
                  .then(function () { done('ok'); }, function (f) { done(JSON.stringify(f)); });
                """, base.toString());
        assertThat(loaded).isEqualTo("ok");
        sandbox.awaitAccountChangesProcessed(Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();

        for (String user : List.of("viewer", "finance")) {
            logIn(user, LIST + "/GLOBEX");
            WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-breakdown")));
            Map<?, ?> health = (Map<?, ?>) api("accounts/GLOBEX/health");
            double sum = 0;
            for (Object item : (List<?>) health.get("breakdown")) {
                Map<?, ?> line = (Map<?, ?>) item;
                WebElement row = table.findElement(By.cssSelector("tr[data-successdesk-measure='" + line.get("measure") + "']"));
                String points = row.findElement(By.cssSelector(".successdesk-measure-points")).getText();
                double contribution = ((Number) line.get("contribution")).doubleValue();
                sum += contribution;
                assertThat(points).as(user + " " + line.get("measure"))
                        .isEqualTo("ok".equals(line.get("status")) ? oneDecimal(contribution) : "\u2013");
                if ("OPEN_TICKETS".equals(line.get("measure"))) {
                    assertThat(row.findElement(By.cssSelector(".successdesk-measure-value")).getText())
                            .isEqualTo(String.valueOf(((Number) line.get("value")).intValue()));
                }
            }
            assertThat(sum).as(user + ": the points shown are the whole score")
                    .isCloseTo(((Number) health.get("computedScore")).doubleValue(), org.assertj.core.data.Offset.offset(0.01));
            List<WebElement> arr = table.findElements(By.cssSelector("tr[data-successdesk-measure='ARR_CHANGE_90D']"));
            if (user.equals("viewer")) {
                assertThat(arr).as("no revenue measure for a viewer").isEmpty();
            } else {
                assertThat(arr).hasSize(1);
                assertThat(arr.get(0).findElement(By.cssSelector(".successdesk-measure-score")).getText()).isEqualTo("0");
                assertThat(arr.get(0).findElement(By.cssSelector(".successdesk-measure-value")).getText()).isEqualTo("-20%");
                assertThat(arr.get(0).findElement(By.cssSelector(".successdesk-measure-weight")).getText())
                        .isEqualTo("Not counted (revenue)");
                browser.executeScript("arguments[0].scrollIntoView();", table);
                saveScreenshot("account-breakdown-finance.png");
            }
            browser.manage().deleteAllCookies();
        }
    }

    /**
     * Initech gets 22 touchpoints, so with its tickets, CSAT answers and CTAs the timeline is several pages: the page
     * shows the API's first page in its order, tickets linked to their Jira issue, every other kind worded from its
     * details, and "Show older" appends exactly the API's next pages.
     */
    @Test
    void shouldShowTheTimelineAsTheApiPagesItWithTicketsLinkedToJira() {
        logIn("csm", LIST + "/INITECH");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        Object logged = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var rest = require('successdesk/rest-client');
                var all = [];
                for (var i = 0; i < 22; i++) {
                  all.push(rest.post('accounts/INITECH/touchpoints', {type: 'call', summary: 'Call ' + i,
                    occurredAt: new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString()}));
                }
                all.push(rest.post('csat', {externalId: 'timeline-1', source: 'import', accountKey: 'INITECH', rating: 4,
                  comment: '<b>Quick</b> fix', answeredAt: new Date(Date.UTC(2026, 0, 5, 12)).toISOString()}));
                Promise.all(all).then(function () { done('ok'); }, function (f) { done(JSON.stringify(f)); });
                """);
        assertThat(logged).isEqualTo("ok");
        browser.navigate().refresh();
        WebElement timeline = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".successdesk-account-timeline")));
        wait.until(driver -> !timeline.findElements(By.cssSelector(".successdesk-timeline-entry")).isEmpty());

        List<String> expected = new java.util.ArrayList<>();
        Map<?, ?> page = (Map<?, ?>) api("accounts/INITECH/timeline?limit=20");
        assertThat(page.get("next")).as("more than one page: %s", page).isNotNull();
        while (true) {
            ((List<?>) page.get("items")).forEach(item -> expected.add(((Map<?, ?>) item).get("kind") + " " + ((Map<?, ?>) item).get("referenceId")));
            if (page.get("next") == null) {
                break;
            }
            page = (Map<?, ?>) api("accounts/INITECH/timeline?limit=20&cursor="
                    + java.net.URLEncoder.encode((String) page.get("next"), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(entries(timeline)).as("the first page").isEqualTo(expected.subList(0, 20));
        browser.executeScript("arguments[0].scrollIntoView();", timeline);
        saveScreenshot("account-timeline.png");

        WebElement older = timeline.findElement(By.className("successdesk-timeline-older"));
        while (older.isDisplayed()) {
            int shown = entries(timeline).size();
            older.click();
            wait.until(driver -> entries(timeline).size() > shown);
        }
        assertThat(entries(timeline)).as("every page, nothing twice").isEqualTo(expected);
        List<WebElement> tickets = timeline.findElements(By.cssSelector(".successdesk-timeline-entry[data-kind='ticket'] a"));
        assertThat(tickets).as("Initech's tickets are on the timeline").isNotEmpty();
        for (WebElement ticket : tickets) {
            assertThat(ticket.getAttribute("href")).endsWith("/browse/" + ticket.getText());
        }
        assertThat(expected).extracting(entry -> entry.substring(0, entry.indexOf(' ')))
                .as("the seeded account's CSAT answers and calls to action are on it beside tickets and touchpoints")
                .contains("ticket", "touchpoint", "csat", "cta");
        for (WebElement entry : timeline.findElements(By.cssSelector(".successdesk-timeline-entry:not([data-kind='ticket'])"))) {
            assertThat(entry.getText()).as("worded, no codes").doesNotContain("successdesk.", "health.", "plan.", "entered-red");
        }
        WebElement csat = timeline.findElement(By.cssSelector(".successdesk-timeline-entry[data-reference='IMPORT:timeline-1']"));
        assertThat(csat.getText()).as("the comment as text").endsWith("Rated 4 of 5: \u201c<b>Quick</b> fix\u201d");
        browser.executeScript("arguments[0].scrollIntoView();", csat);
        saveScreenshot("account-timeline-kinds.png");
    }

    private static List<String> entries(WebElement timeline) {
        return timeline.findElements(By.cssSelector(".successdesk-timeline-entry")).stream()
                .map(entry -> entry.getAttribute("data-kind") + " " + entry.getAttribute("data-reference")).toList();
    }

    private static String oneDecimal(double value) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The CSM records sentiment 4 of 5 for Initech: the breakdown shows it at once, as the health endpoint does. */
    @Test
    void shouldRecordTheCsmsSentimentAndShowItInTheHealthExplanation() {
        logIn("csm", LIST + "/INITECH");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.elementToBeClickable(By.className("successdesk-sentiment-set"))).click();
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-dialog select[name='value']"))))
                .selectByValue("4");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        By sentiment = By.cssSelector("tr[data-successdesk-measure='CSM_SENTIMENT'] .successdesk-measure-value");
        wait.until(ExpectedConditions.textToBe(sentiment, "4 of 5"));
        saveScreenshot("account-sentiment.png");
        Map<?, ?> line = ((List<?>) ((Map<?, ?>) api("accounts/INITECH/health")).get("breakdown")).stream()
                .map(Map.class::cast).filter(l -> "CSM_SENTIMENT".equals(l.get("measure"))).findFirst().orElseThrow();
        assertThat(line.get("status")).isEqualTo("ok");
        assertThat(((Number) line.get("value")).doubleValue()).isEqualTo(4.0);
        assertThat(browser.findElement(By.cssSelector("tr[data-successdesk-measure='CSM_SENTIMENT'] .successdesk-measure-score"))
                .getText()).as("4 on the 1–5 scale scores 75").isEqualTo("75");
    }

    /** Yen have no minor unit: 123,456,789 minor units are ¥123,456,789, not ¥1,234,567.89. */
    @Test
    void shouldShowAFinancialViewerTheArrOfAYenAccountInWholeYen() {
        logIn("admin", LIST + "/ACME");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        Object created = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                require('successdesk/rest-client').post('accounts', {key: 'TOKYO', name: 'Tokyo Trading', tier: 'Enterprise',
                    lifecycleStage: 'adoption', contractStart: '2024-01-01', emailDomains: ['tokyo.example'],
                    arr: {minorUnits: 123456789, currency: 'JPY'}})
                  .then(function () { done('ok'); }, function (f) { done(JSON.stringify(f)); });
                """);
        assertThat(created).isEqualTo("ok");
        browser.manage().deleteAllCookies();

        logIn("finance", LIST + "/TOKYO");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        assertThat(browser.findElement(By.cssSelector(".successdesk-account-facts .successdesk-arr")).getText())
                .isEqualTo("\u00a5123,456,789");
        browser.get(sandbox.baseUrl() + LIST);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='q']"))).sendKeys("Tokyo");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-successdesk-account-key='TOKYO']")));
        assertThat(row.getText()).contains("\u00a5123,456,789");
        browser.manage().deleteAllCookies();

        logIn("viewer", LIST + "/TOKYO");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        assertThat(browser.getPageSource()).doesNotContain("123,456,789").doesNotContain("\u00a5");
        browser.manage().deleteAllCookies();

        // the other tests of this class list exactly the three seeded accounts
        logIn("admin", LIST + "/TOKYO");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        Object deleted = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(require('wrm/context-path')() + '/rest/successdesk/1.0/accounts/TOKYO?version=1',
                    {method: 'DELETE', headers: {'X-Atlassian-Token': 'no-check'}}).then(function (r) { done(r.status); });
                """);
        assertThat(deleted).isEqualTo(204L);
    }

    @Test
    void shouldGiveOutsidersAndUnknownAccountsNotFoundAndSendAnonymousUsersToTheLogin() {
        logIn("outsider", LIST);
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-pages .aui-message-warning")));
        assertThat(browser.findElements(By.id("successdesk-customer-success"))).as("no navigation link either").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".successdesk-accounts-table"))).isEmpty();
        browser.manage().deleteAllCookies();

        logIn("csm", LIST + "/NOPE");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-pages .aui-message-warning")));
        browser.manage().deleteAllCookies();

        browser.get(sandbox.baseUrl() + LIST + "/ACME");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form-username")));
        browser.findElement(By.id("login-form-username")).sendKeys("viewer");
        browser.findElement(By.id("login-form-password")).sendKeys("viewer");
        browser.findElement(By.id("login-form-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        assertThat(browser.getCurrentUrl()).as("back where the user was going").endsWith(LIST + "/ACME");
    }

    /** The listed keys, read in one script so a table the page is replacing never yields a stale row. */
    private static List<String> rowKeys() {
        return ((List<?>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('.successdesk-accounts-table tbody tr'))
                  .map(function (row) { return row.getAttribute('data-successdesk-account-key'); });
                """)).stream().map(String.class::cast).toList();
    }

    /** The keys GET /accounts answers for {@code filters}, in the list's first order (by name). */
    private static List<String> apiKeys(String filters) {
        return ((List<?>) ((Map<?, ?>) api("accounts?sort=name&direction=asc&" + filters)).get("items")).stream()
                .map(item -> (String) ((Map<?, ?>) item).get("key")).toList();
    }

    /**
     * With a custom metric on the scorecard, a CSM enters its value on the account page as an integration would push
     * it: an empty value is refused under its field, a value is counted at once (the row shows what the API answers),
     * and a viewer gets no way to enter one.
     */
    @Test
    void shouldLetACsmEnterACustomMetricValueThatTheHealthCountsAtOnce() {
        io.successdesk.rest.RestClient rest = new io.successdesk.rest.RestClient(sandbox);
        com.google.gson.JsonObject scorecard = com.google.gson.JsonParser.parseString(rest.get("admin", "/scorecard").body())
                .getAsJsonObject();
        String before = scorecardRequest(scorecard, false);
        var added = rest.json("admin", "PUT", "/scorecard", scorecardRequest(scorecard, true));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        try {
            logIn("csm", LIST + "/GLOBEX");
            WebDriverWait wait = waiting();
            By row = By.cssSelector("tr[data-successdesk-measure='CUSTOM:product_usage']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(row)).findElement(By.className("successdesk-input-set")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-dialog")));
            dialog.findElement(By.className("successdesk-dialog-submit")).click();
            wait.until(driver -> dialog.findElement(By.name("value")).findElement(By.xpath("..")).getText().contains("required"));

            dialog.findElement(By.name("value")).sendKeys("250");
            WebElement sample = dialog.findElement(By.name("sampleSize"));
            sample.clear();
            sample.sendKeys("12");
            saveScreenshot("account-custom-input.png");
            dialog.findElement(By.className("successdesk-dialog-submit")).click();
            wait.until(driver -> driver.findElement(row).findElement(By.className("successdesk-measure-value")).getText().startsWith("250"));

            Map<?, ?> line = ((List<?>) ((Map<?, ?>) api("accounts/GLOBEX/health")).get("breakdown")).stream()
                    .map(item -> (Map<?, ?>) item).filter(item -> "CUSTOM:product_usage".equals(item.get("measure")))
                    .findFirst().orElseThrow();
            assertThat(((Number) line.get("value")).doubleValue()).isEqualTo(250.0);
            assertThat(((Number) line.get("n")).intValue()).isEqualTo(12);
            assertThat(((Number) line.get("score")).doubleValue()).as("250 between red 10 and green 1000")
                    .isCloseTo((250 - 10) / 990.0 * 100, org.assertj.core.data.Offset.offset(0.01));
            WebElement shown = browser.findElement(row);
            assertThat(shown.findElement(By.className("successdesk-measure-score")).getText()).isEqualTo("24");
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
            saveScreenshot("account-custom-input-saved.png");

            browser.manage().deleteAllCookies();
            logIn("viewer", LIST + "/GLOBEX");
            wait.until(ExpectedConditions.visibilityOfElementLocated(row));
            assertThat(browser.findElements(By.className("successdesk-input-set"))).as("a viewer enters nothing").isEmpty();
        } finally {
            String current = com.google.gson.JsonParser.parseString(rest.get("admin", "/scorecard").body()).getAsJsonObject()
                    .get("version").getAsString();
            rest.json("admin", "PUT", "/scorecard", before.replaceFirst("\"basedOnVersion\":\"[^\"]*\"",
                    "\"basedOnVersion\":\"" + current + "\""));
        }
    }

    /** The scorecard as a save request based on its version, with a custom metric appended when asked. */
    private static String scorecardRequest(com.google.gson.JsonObject scorecard, boolean withCustomMetric) {
        com.google.gson.JsonObject request = new com.google.gson.JsonObject();
        request.addProperty("basedOnVersion", scorecard.get("version").getAsString());
        request.add("amberFrom", scorecard.get("amberFrom"));
        request.add("greenFrom", scorecard.get("greenFrom"));
        com.google.gson.JsonArray measures = scorecard.getAsJsonArray("measures").deepCopy();
        if (withCustomMetric) {
            measures.add(com.google.gson.JsonParser.parseString("""
                    {"id":"CUSTOM:product_usage","weight":1,"redBound":10,"greenBound":1000,"windowDays":30,"minimumSample":5}"""));
        }
        request.add("measures", measures);
        return request.toString();
    }

    /** Makes {@code csm} the account's CSM through the API, as the logged-in user; answers the CSM stored. */
    @Test
    void shouldCreateAPlanFromATemplateAndOfferOnlyTheMovesItsStateAllows() {
        logIn("csm", LIST + "/GLOBEX");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.elementToBeClickable(By.className("successdesk-plan-new")));
        String templateId = (String) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                require('successdesk/rest-client').post('plan-templates', {name: 'Onboarding', type: 'onboarding',
                    durationDays: 30, objectives: [{title: 'Go live <img src=x onerror=alert(1)>', successCriteria: '',
                    dueOffsetDays: 30}], tasks: [{title: 'Kick-off call', dueOffsetDays: 2, objectiveIndex: 0},
                    {title: 'Admin training', dueOffsetDays: 10}]})
                  .then(function (t) { done(t.id); }, function (f) { done('failed: ' + JSON.stringify(f)); });
                """);
        assertThat(templateId).doesNotStartWith("failed");

        browser.findElement(By.className("successdesk-plan-new")).click();
        WebElement template = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".successdesk-dialog select[name='templateId']")));
        new Select(template).selectByValue(templateId);
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        WebElement plan = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.successdesk-plan")));
        assertThat(plan.findElement(By.className("successdesk-plan-status")).getText()).isEqualToIgnoringCase("Active");
        assertThat(plan.findElements(By.className("successdesk-plan-completed"))).as("an active plan can be completed").hasSize(1);
        assertThat(plan.findElements(By.className("successdesk-plan-active"))).as("but not activated again").isEmpty();
        WebElement objective = plan.findElement(By.className("successdesk-plan-objective"));
        assertThat(objective.getText()).as("a title is text, never markup").contains("Go live <img src=x onerror=alert(1)>");
        assertThat(objective.findElements(By.tagName("img"))).isEmpty();
        assertThat(objective.findElements(By.className("successdesk-objective-achieved"))).as("started before achieved").isEmpty();

        objective.findElement(By.className("successdesk-objective-in-progress")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("successdesk-plan-objective"), "in progress"));
        assertThat(browser.findElements(By.className("successdesk-objective-achieved"))).hasSize(1);

        String planId = browser.findElement(By.cssSelector("article.successdesk-plan")).getAttribute("data-successdesk-plan-id");
        Map<?, ?> stored = (Map<?, ?>) api("plans/" + planId);
        List<?> tasks = (List<?>) stored.get("tasks");
        Map<?, ?> kickOff = tasks.stream().map(Map.class::cast).filter(t -> "Kick-off call".equals(t.get("title"))).findFirst().orElseThrow();
        browser.findElement(By.cssSelector("li[data-successdesk-task-id='" + ((Number) kickOff.get("id")).intValue()
                + "'] input[type='checkbox']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("li[data-successdesk-task-id='"
                + ((Number) kickOff.get("id")).intValue() + "'] label"), "class", "successdesk-task-closed"));

        browser.findElement(By.cssSelector("article.successdesk-plan .successdesk-plan-add-objective")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".successdesk-dialog input[name='title']")))
                .sendKeys("Adoption <b>80 %</b>");
        browser.findElement(By.cssSelector(".successdesk-dialog textarea[name='successCriteria']")).sendKeys("Four in five seats active");
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(driver -> driver.findElements(By.className("successdesk-plan-objective")).size() == 2);
        List<?> objectives = (List<?>) ((Map<?, ?>) api("plans/" + planId)).get("objectives");
        assertThat(objectives).as("stored as typed, owned like the plan").hasSize(2).last()
                .satisfies(added -> {
                    assertThat(((Map<?, ?>) added).get("title")).isEqualTo("Adoption <b>80 %</b>");
                    assertThat(((Map<?, ?>) added).get("owner")).isEqualTo(stored.get("owner"));
                    assertThat(((Map<?, ?>) added).get("dueDate")).isEqualTo(stored.get("targetDate"));
                });
        assertThat(browser.findElements(By.className("successdesk-plan-objective")).get(1).getText())
                .contains("Adoption <b>80 %</b>");

        java.time.LocalDate start = java.time.LocalDate.parse((String) stored.get("startDate"));
        browser.findElement(By.cssSelector("article.successdesk-plan .successdesk-plan-edit")).click();
        WebElement title = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".successdesk-dialog input[name='title']")));
        assertThat(title.getAttribute("value")).isEqualTo(stored.get("title"));
        title.clear();
        title.sendKeys("Globex onboarding");
        WebElement target = browser.findElement(By.cssSelector(".successdesk-dialog input[name='targetDate']"));
        // a native date input: set as its date picker does (typing follows the browser's locale)
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", target,
                start.minusDays(1).toString());
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                "//input[@name='targetDate']/following-sibling::div[contains(@class,'error')]"),
                "must not be before the start date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", target,
                start.plusDays(45).toString());
        browser.findElement(By.cssSelector(".successdesk-dialog .successdesk-dialog-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.successdesk-plan h3"),
                "Globex onboarding"));
        Map<?, ?> edited = (Map<?, ?>) api("plans/" + planId);
        assertThat(edited.get("title")).isEqualTo("Globex onboarding");
        assertThat(edited.get("targetDate")).isEqualTo(start.plusDays(45).toString());
        assertThat(edited.get("owner")).as("unchanged").isEqualTo(stored.get("owner"));
        saveScreenshot("account-plans.png");

        // someone else changes the plan: this page's version is stale, and the change is refused, not written over theirs
        Map<?, ?> current = (Map<?, ?>) api("plans/" + planId);
        Object status = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                require('successdesk/rest-client').post('plans/' + arguments[0] + '/tasks', {version: arguments[1],
                    title: 'Added elsewhere', dueDate: arguments[2]}).then(function () { done('ok'); },
                    function (f) { done(f.status); });
                """, planId, current.get("version"), java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(5).toString());
        assertThat(status).isEqualTo("ok");
        browser.findElement(By.className("successdesk-plan-cancelled")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("successdesk-plan-message"),
                "Someone else changed this plan"));
        assertThat(((Map<?, ?>) api("plans/" + planId)).get("status")).as("nothing overwritten").isEqualTo("active");
        browser.findElement(By.className("successdesk-plan-reload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("successdesk-plan-tasks"), "Added elsewhere"));
        browser.manage().deleteAllCookies();

        logIn("viewer", LIST + "/GLOBEX");
        WebElement seen = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.successdesk-plan")));
        assertThat(browser.findElements(By.className("successdesk-plan-new"))).isEmpty();
        assertThat(seen.findElements(By.className("successdesk-plan-actions"))).isEmpty();
        assertThat(seen.findElements(By.cssSelector("input[type='checkbox']"))).allMatch(box -> !box.isEnabled());
    }

    private static Object ownerAfterChange(String key, String csm) {
        return ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var rest = require('successdesk/rest-client');
                var path = 'accounts/' + arguments[0], csm = arguments[1];
                rest.get(path).then(function (a) {
                  return rest.put(path, {version: a.version, name: a.name, emailDomains: a.emailDomains,
                    jsmOrganizationIds: a.jsmOrganizationIds, tier: a.tier, lifecycleStage: a.lifecycleStage,
                    csmUserKey: csm, contractStart: a.contractStart, renewalDate: a.renewalDate,
                    externalId: a.externalId, customAttributes: a.customAttributes});
                }).then(function (a) { done(a.csmUserKey); }, function (f) { done('failed: ' + JSON.stringify(f)); });
                """, key, csm);
    }

    /** Stores an NPS answer of ACME typed in by hand, as the logged-in user; "failed" when the API refused it. */
    private static Object nps(String externalId, int score, Instant answeredAt, String comment) {
        return ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                require('successdesk/rest-client').post('nps', {externalId: arguments[0], source: 'manual',
                    accountKey: 'ACME', score: arguments[1], answeredAt: arguments[2], comment: arguments[3],
                    contact: 'cfo@acme.example'})
                  .then(function (r) { done(r.outcome); }, function () { done('failed'); });
                """, externalId, score, answeredAt.toString(), comment);
    }
}
