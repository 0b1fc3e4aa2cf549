package io.successdesk.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        new Select(browser.findElement(By.cssSelector("select[name='band']"))).selectByValue("red");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-results .aui-message-info")));
        new Select(browser.findElement(By.cssSelector("select[name='band']"))).selectByValue("");
        wait.until(driver -> rowKeys().size() == 3);

        browser.findElement(By.cssSelector("button[data-successdesk-sort='name']")).click();
        wait.until(driver -> rowKeys().equals(List.of("INITECH", "GLOBEX", "ACME")));
        assertThat(browser.findElement(By.cssSelector("th[aria-sort='descending'] button")).getAttribute("data-successdesk-sort"))
                .isEqualTo("name");
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
    void shouldShowAViewerNoActionsAndAFinancialViewerTheArr() {
        logIn("viewer", LIST + "/ACME");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        assertThat(browser.findElements(By.cssSelector(".successdesk-log-touchpoint, .successdesk-cta-snooze, .successdesk-cta-close")))
                .as("a viewer reads only").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".successdesk-arr"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("480,000");
        browser.manage().deleteAllCookies();

        logIn("finance", LIST + "/ACME");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".successdesk-account-title")));
        assertThat(browser.findElement(By.cssSelector(".successdesk-account-facts .successdesk-arr")).getText())
                .isEqualTo("€480,000");
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

    /** The keys of the rows shown, read in one step (the table is replaced while filters load). */
    @SuppressWarnings("unchecked")
    private static List<String> rowKeys() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'.successdesk-accounts-table tbody tr')).map(function (row) {"
                + " return row.getAttribute('data-successdesk-account-key'); });");
    }

    private static Object api(String path) {
        return ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(require('wrm/context-path')() + '/rest/successdesk/1.0/' + arguments[0])
                  .then(function (r) { return r.json(); }).then(done);
                """, path);
    }
}
