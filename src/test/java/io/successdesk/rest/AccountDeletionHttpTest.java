package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.successdesk.jira.job.SuccessDeskJobs;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §8 over real HTTP: deleting an account removes everything stored under its key, so a new account with
 * the same key starts empty (ARR history included), and the issues it held are matched again.
 */
class AccountDeletionHttpTest extends SandboxRestTest {

    private static final String KEY = "ZED";
    private static final String LINKED_ISSUE = "SUP-2";

    @Test
    void shouldLeaveNothingOfADeletedAccountToANewAccountWithTheSameKey() {
        String issueAccountBefore = issueAccount();
        createAccount(KEY);
        fillEverything();
        awaitAccountChanges();
        runDailyJob();
        int redToday = redAccountsToday();
        long csatAnswers = csatAnswersOfAllAccounts();
        long newArr = newEuroArrOfTheLastFourEndedMonths();
        assertThat(history()).as("the daily job snapshotted the account").isNotEmpty();
        assertThat(issueAccount()).isEqualTo(KEY);
        assertThat(arrChangeStatus()).as("the ARR history is scored (never counted)").isEqualTo("not-counted");
        java.util.List<String> oldCtas = ctaIds();
        assertThat(oldCtas).as("the low CSAT, NPS and override raised CTAs").isNotEmpty();

        long version = okJson(client.get("admin", "/accounts/" + KEY)).get("version").getAsLong();
        HttpResponse<String> deleted = client.send("admin", "DELETE", "/accounts/" + KEY + "?version=" + version, null, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(redAccountsToday()).as("the deleted account's snapshot left today's band counts").isEqualTo(redToday - 1);
        assertThat(csatAnswersOfAllAccounts()).as("its CSAT answer left the trend of every account").isEqualTo(csatAnswers - 1);
        assertThat(newEuroArrOfTheLastFourEndedMonths()).as("its ARR left the retention of every account")
                .isEqualTo(newArr - 900_000);

        createAccount(KEY);
        awaitAccountChanges();
        assertThat(history()).as("health history").isEmpty();
        assertThat(items("/accounts/" + KEY + "/csat", "items")).as("CSAT answers").isEmpty();
        assertThat(items("/accounts/" + KEY + "/nps", "items")).as("NPS answers").isEmpty();
        assertThat(items("/accounts/" + KEY + "/touchpoints", "items")).as("touchpoints").isEmpty();
        assertThat(items("/accounts/" + KEY + "/plans", "items")).as("plans").isEmpty();
        assertThat(ctaIds()).as("CTAs of the old account (the new one raises its own)").doesNotContainAnyElementsOf(oldCtas);
        assertThat(items("/accounts/" + KEY + "/timeline", "items")).as("timeline")
                .noneSatisfy(item -> assertThat(item.getAsJsonObject().get("kind").getAsString())
                        .isIn("touchpoint", "ticket", "csat", "plan-change", "health-change"));
        JsonObject health = okJson(client.get("finance", "/accounts/" + KEY + "/health"));
        assertThat(health.has("override") && !health.get("override").isJsonNull()).as("override").isFalse();
        assertThat(health.toString()).as("no ARR change from the old ARR history, no custom input")
                .doesNotContain("\"product_usage\"");
        assertThat(arrChangeStatus()).as("ARR history").isEqualTo("no-data");

        runDailyJob();
        assertThat(issueAccount()).as("the manually linked issue is matched again by the rules")
                .isEqualTo(issueAccountBefore);
    }

    private static void fillEverything() {
        String answeredAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        ok(client.json("admin", "POST", "/revenue/arr", "{\"rows\":[{\"accountKey\":\"%s\",\"month\":\"%s\",\"arrMinorUnits\":900000,\"currency\":\"EUR\"},{\"accountKey\":\"%s\",\"month\":\"%s\",\"arrMinorUnits\":1250000,\"currency\":\"EUR\"}]}"
                .formatted(KEY, month.minusMonths(4), KEY, month)));
        ok(client.json("csm", "POST", "/csat", "{\"externalId\":\"zed-1\",\"source\":\"import\",\"accountKey\":\"%s\",\"rating\":1,\"answeredAt\":\"%s\"}"
                .formatted(KEY, answeredAt)));
        ok(client.json("csm", "POST", "/nps", "{\"externalId\":\"zed-1\",\"source\":\"import\",\"accountKey\":\"%s\",\"score\":2,\"answeredAt\":\"%s\"}"
                .formatted(KEY, answeredAt)));
        ok(client.json("csm", "POST", "/accounts/" + KEY + "/touchpoints",
                "{\"type\":\"call\",\"occurredAt\":\"" + answeredAt + "\",\"summary\":\"Kick-off\",\"sentiment\":\"negative\"}"));
        ok(client.json("csm", "POST", "/accounts/" + KEY + "/plans", """
                {"title":"Renewal","type":"renewal","owner":"csm","startDate":"2025-01-01","targetDate":"2025-06-30"}"""));
        ok(client.json("csm", "PUT", "/accounts/" + KEY + "/inputs/csm-sentiment", "{\"value\":1}"));
        ok(client.json("csm", "PUT", "/accounts/" + KEY + "/health/override",
                "{\"score\":12,\"reason\":\"Champion left\",\"expiresOn\":\"2099-01-01\"}"));
        ok(client.json("csm", "PUT", "/issues/" + LINKED_ISSUE + "/account", "{\"accountKey\":\"" + KEY + "\"}"));
    }

    private static void runDailyJob() {
        sandbox.scheduler().runNow(SuccessDeskJobs.DAILY_JOB);
        assertThat(sandbox.scheduler().runDueJobs()).extracting(run -> run.outcome())
                .anySatisfy(outcome -> assertThat(outcome).startsWith("SUCCESS: daily job"));
        awaitAccountChanges();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response;
    }

    /** The answers the CSAT trend over every account counts in its default 12 months. */
    /**
     * New ARR of all accounts from the end of five months ago to that of last month (the ARR of four months ago
     * carried forward), in euro cents, as a financial viewer reads it; 0 when no account has euro ARR.
     */
    private static long newEuroArrOfTheLastFourEndedMonths() {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        JsonObject point = okJson(client.get("finance", "/metrics/retention?currency=EUR&view=between&from="
                + month.minusMonths(5) + "&to=" + month.minusMonths(1))).getAsJsonArray("points").get(0).getAsJsonObject();
        return point.get("noData").getAsBoolean() ? 0 : point.getAsJsonObject("newArr").get("minorUnits").getAsLong();
    }

    private static long csatAnswersOfAllAccounts() {
        long answers = 0;
        for (var point : okJson(client.get("viewer", "/metrics/csat?granularity=month")).getAsJsonArray("points")) {
            answers += point.getAsJsonObject().get("n").getAsLong();
        }
        return answers;
    }

    private static JsonArray history() {
        return okJson(client.get("csm", "/accounts/" + KEY + "/health/history")).getAsJsonArray("days");
    }

    private static java.util.List<String> ctaIds() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        items("/ctas?account=" + KEY + "&status=open,snoozed,closed", "ctas")
                .forEach(cta -> ids.add(cta.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    private static JsonArray items(String path, String member) {
        return okJson(client.get("admin", path)).getAsJsonArray(member);
    }

    private static String issueAccount() {
        JsonObject panel = okJson(client.get("csm", "/panel/" + LINKED_ISSUE));
        return panel.has("account") ? panel.getAsJsonObject("account").get("key").getAsString() : "";
    }

    private static int redAccountsToday() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonArray days = okJson(client.get("csm", "/metrics/health?from=" + today + "&to=" + today)).getAsJsonArray("days");
        return days.isEmpty() ? 0 : days.get(0).getAsJsonObject().get("red").getAsInt();
    }

    /** The status of the ARR-change measure in the account's health, as a financial viewer sees it. */
    private static String arrChangeStatus() {
        JsonObject health = okJson(client.get("finance", "/accounts/" + KEY + "/health"));
        for (var measure : health.getAsJsonArray("breakdown")) {
            JsonObject each = measure.getAsJsonObject();
            if (each.get("measure").getAsString().toLowerCase(java.util.Locale.ROOT).contains("arr")) {
                return each.get("status").getAsString();
            }
        }
        throw new AssertionError("no ARR measure in " + health);
    }
}
