package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 §2 over real HTTP: the metric definitions of docs/metrics.md as the dashboard sees them. */
class MetricsDefinitionsHttpTest extends SandboxRestTest {

    private static final Offset<Double> CENT = Offset.offset(0.005);

    @Test
    void shouldCountContractionInGrossRevenueChurn() {
        createAccount("GC1");
        arr("GC1", "2024-01", 450000, "CHF");
        arr("GC1", "2024-02", 370000, "CHF");

        JsonObject point = points("/metrics/retention?currency=CHF&from=2024-02&to=2024-02").get(0).getAsJsonObject();

        assertThat(point.get("grossRevenueRetention").getAsDouble()).isCloseTo(82.22, CENT);
        assertThat(point.get("grossRevenueChurn").getAsDouble()).isCloseTo(17.78, CENT);
        assertThat(point.get("churnedArrShare").getAsDouble()).isZero();
    }

    @Test
    void shouldCarryArrForwardAndAnswerNoDataAfterTheLastLoadedMonth() {
        createAccount("CF1");
        createAccount("CF2");
        arr("CF1", "2024-01", 100000, "SEK");
        arr("CF2", "2024-01", 100000, "SEK");
        arr("CF2", "2024-03", 100000, "SEK");

        JsonArray points = points("/metrics/retention?currency=SEK&from=2024-02&to=2024-06");

        assertThat(points).hasSize(5);
        for (int i = 0; i < 2; i++) {
            JsonObject loaded = points.get(i).getAsJsonObject();
            assertThat(loaded.get("noData").getAsBoolean()).isFalse();
            assertThat(loaded.get("grossRevenueRetention").getAsDouble()).as("month %d carried forward", i).isEqualTo(100.0);
            assertThat(loaded.get("logoRetention").getAsDouble()).isEqualTo(100.0);
        }
        for (int i = 2; i < 5; i++) {
            JsonObject after = points.get(i).getAsJsonObject();
            assertThat(after.get("noData").getAsBoolean()).as(after.toString()).isTrue();
            assertThat(after.has("grossRevenueRetention")).as("never 0 %% retention: %s", after).isFalse();
            assertThat(after.has("logoRetention")).isFalse();
            assertThat(after.has("grossRevenueChurn")).isFalse();
        }
    }

    @Test
    void shouldCompareAnyFromToMonthPairAndNameTheFieldWhenThePairIsInvalid() {
        createAccount("BT1");
        arr("BT1", "2023-01", 100000, "NOK");
        arr("BT1", "2024-06", 150000, "NOK");

        JsonObject answer = okJson(client.get("finance", "/metrics/retention?currency=NOK&view=between&from=2023-01&to=2024-06"));

        assertThat(answer.get("view").getAsString()).isEqualTo("between");
        assertThat(answer.getAsJsonArray("points")).singleElement().satisfies(element -> {
            JsonObject point = element.getAsJsonObject();
            assertThat(point.get("startMonth").getAsString()).isEqualTo("2023-01");
            assertThat(point.get("endMonth").getAsString()).isEqualTo("2024-06");
            assertThat(point.get("netRevenueRetention").getAsDouble()).isEqualTo(150.0);
        });
        assertThat(errorFields(client.get("finance", "/metrics/retention?currency=NOK&view=between&from=2024-06&to=2024-06")))
                .contains("\"to\"");
        assertThat(errorFields(client.get("finance", "/metrics/retention?currency=NOK&view=between&from=2010-01&to=2024-06")))
                .contains("\"from\"");
    }

    @Test
    void shouldStoreAuditAndRollUpACsatCorrectionAndAnswerUpdated() {
        createAccount("COR1");
        String five = csat("COR1", "c-1", 5, "import");
        assertThat(outcome(client.json("csm", "POST", "/csat", five))).isEqualTo("created");
        String one = csat("COR1", "c-1", 1, "IMPORT");

        assertThat(outcome(client.json("csm", "POST", "/csat", one))).isEqualTo("updated");
        assertThat(outcome(client.json("csm", "POST", "/csat", one))).isEqualTo("unchanged");

        JsonObject responses = okJson(client.get("viewer", "/accounts/COR1/csat"));
        assertThat(responses.get("total").getAsLong()).isEqualTo(1);
        assertThat(responses.getAsJsonArray("items").get(0).getAsJsonObject().get("rating").getAsInt()).isEqualTo(1);
        JsonObject month = points("viewer", "/metrics/csat?granularity=month&from=2025-01-01&to=2025-01-31&account=COR1")
                .get(0).getAsJsonObject();
        assertThat(month.get("n").getAsLong()).isEqualTo(1);
        assertThat(month.get("satisfiedPercent").getAsDouble()).isZero();
        JsonObject audit = latestAudit("csat.correct");
        assertThat(audit.get("before").getAsString()).contains("rating=5");
        assertThat(audit.get("after").getAsString()).contains("rating=1");
    }

    @Test
    void shouldStoreANpsCorrectionAndAnswerUpdated() {
        createAccount("COR2");
        String answered = LocalDate.now(ZoneOffset.UTC).minusDays(2) + "T10:00:00Z";
        assertThat(outcome(client.json("csm", "POST", "/nps", nps("COR2", "n-1", 10, answered)))).isEqualTo("created");

        JsonObject bulk = okJson(client.json("csm", "POST", "/nps/bulk", "{\"rows\":[" + nps("COR2", "n-1", 0, answered) + "]}"));

        assertThat(bulk.get("updated").getAsLong()).isEqualTo(1);
        assertThat(bulk.getAsJsonArray("rows").get(0).getAsJsonObject().get("outcome").getAsString()).isEqualTo("updated");
        JsonObject list = okJson(client.get("viewer", "/accounts/COR2/nps"));
        assertThat(list.get("total").getAsLong()).isEqualTo(1);
        assertThat(list.getAsJsonArray("items").get(0).getAsJsonObject().get("score").getAsInt()).isZero();
    }

    @Test
    void shouldRefuseArrForAnAccountMonthHeldInAnotherCurrencyWith409NamingTheField() {
        createAccount("CUR1");
        arr("CUR1", "2024-01", 100000, "DKK");

        HttpResponse<String> moved = client.json("admin", "POST", "/revenue/arr", rows("CUR1", "2024-01", 100000, "PLN"));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(409);
        assertThat(errorFields(moved)).contains("rows[0].currency");
        assertThat(client.get("finance", "/metrics/retention?currency=PLN&view=between&from=2023-12&to=2024-01").body())
                .contains("\"noData\":true").doesNotContain("cohortSize");
        assertThat(points("/metrics/retention?currency=DKK&view=between&from=2023-12&to=2024-01").get(0).getAsJsonObject()
                .get("newLogos").getAsInt()).as("still in the DKK series").isEqualTo(1);
    }

    @Test
    void shouldFlagTheCurrentWeekMonthAndDayPartialInEverySeries() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String granularity : new String[]{"week", "month"}) {
            JsonArray csat = points("viewer", "/metrics/csat?granularity=" + granularity);
            assertThat(csat.get(csat.size() - 1).getAsJsonObject().get("partial").getAsBoolean()).isTrue();
            assertThat(csat.get(0).getAsJsonObject().get("partial").getAsBoolean()).isFalse();
        }
        JsonArray days = okJson(client.get("viewer", "/metrics/health?from=" + today.minusDays(1) + "&to=" + today))
                .getAsJsonArray("days");
        assertThat(days.get(0).getAsJsonObject().get("partial").getAsBoolean()).isFalse();
        assertThat(days.get(1).getAsJsonObject().get("partial").getAsBoolean()).isTrue();
        assertThat(okJson(client.get("viewer", "/metrics/nps")).get("partial").getAsBoolean()).isTrue();

        createAccount("PART1");
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        arr("PART1", current.minusMonths(1).toString(), 100000, "HUF");
        arr("PART1", current.toString(), 100000, "HUF");
        JsonArray retention = points("/metrics/retention?currency=HUF&from=" + current.minusMonths(1) + "&to=" + current);
        assertThat(retention.get(0).getAsJsonObject().get("partial").getAsBoolean()).isFalse();
        assertThat(retention.get(1).getAsJsonObject().get("partial").getAsBoolean()).isTrue();
        JsonArray cells = okJson(client.get("finance", "/metrics/cohorts?currency=HUF&from=" + current.minusMonths(1)
                + "&to=" + current)).getAsJsonArray("cohorts").get(0).getAsJsonObject().getAsJsonArray("cells");
        assertThat(cells).hasSize(2);
        assertThat(cells.get(0).getAsJsonObject().get("partial").getAsBoolean()).isFalse();
        assertThat(cells.get(1).getAsJsonObject().get("partial").getAsBoolean()).isTrue();
    }

    @Test
    void shouldAcceptEnumValuesInAnyCaseAndAnswerInOneCasingEverywhere() {
        createAccount("ENUM1");
        arr("ENUM1", "2024-01", 100000, "CZK");
        JsonObject t12m = okJson(client.get("finance", "/metrics/retention?currency=CZK&view=TRAILING_TWELVE_MONTHS&from=2024-01&to=2024-01"));
        assertThat(t12m.get("view").getAsString()).isEqualTo("trailing-twelve-months");
        assertThat(okJson(client.get("finance", "/metrics/retention?currency=CZK&view=Trailing-Twelve-Months&from=2024-01&to=2024-01"))
                .get("view").getAsString()).isEqualTo("trailing-twelve-months");
        String refused = client.get("finance", "/metrics/retention?currency=CZK&view=yearly").body();
        assertThat(refused).contains("trailing-twelve-months").doesNotContain("trailing_twelve_months").doesNotContain("t12m");
        assertThat(okJson(client.get("finance", "/metrics/cohorts?currency=CZK&granularity=QUARTER")).get("granularity")
                .getAsString()).isEqualTo("quarter");

        assertThat(outcome(client.json("csm", "POST", "/csat", csat("ENUM1", "e-1", 4, "Import")))).isEqualTo("created");
        assertThat(okJson(client.get("viewer", "/accounts/ENUM1/csat")).getAsJsonArray("items").get(0).getAsJsonObject()
                .get("source").getAsString()).isEqualTo("import");
        assertThat(client.json("csm", "POST", "/csat", csat("ENUM1", "e-2", 4, "fax")).body())
                .as("lower case in the error message too").contains("[import]");
        assertThat(okJson(client.get("admin", "/me")).getAsJsonArray("capabilities").get(0).getAsString())
                .isEqualTo("view-accounts");
    }

    private static void arr(String account, String month, long minorUnits, String currency) {
        HttpResponse<String> response = client.json("admin", "POST", "/revenue/arr", rows(account, month, minorUnits, currency));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String rows(String account, String month, long minorUnits, String currency) {
        return "{\"rows\":[{\"accountKey\":\"%s\",\"month\":\"%s\",\"arrMinorUnits\":%d,\"currency\":\"%s\"}]}"
                .formatted(account, month, minorUnits, currency);
    }

    /** A CSAT answer of 15 January 2025 from {@code source}, or an NPS answer from import (score, answeredAt). */
    private static String csat(String account, String externalId, int rating, String source) {
        return response(externalId, source, account, "rating", rating, "2025-01-15T10:00:00Z");
    }

    private static String nps(String account, String externalId, int score, String answeredAt) {
        return response(externalId, "import", account, "score", score, answeredAt);
    }

    private static String response(String externalId, String source, String account, String valueName, int value,
                                   String answeredAt) {
        return "{\"externalId\":\"%s\",\"source\":\"%s\",\"accountKey\":\"%s\",\"%s\":%d,\"answeredAt\":\"%s\"}"
                .formatted(externalId, source, account, valueName, value, answeredAt);
    }

    private static String outcome(HttpResponse<String> response) {
        return okJson(response).get("outcome").getAsString();
    }

    private static JsonArray points(String path) {
        return points("finance", path);
    }

    private static JsonArray points(String user, String path) {
        return okJson(client.get(user, path)).getAsJsonArray("points");
    }

    private static String errorFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        JsonElement errors = JsonParser.parseString(response.body()).getAsJsonObject().get("errors");
        return String.valueOf(errors);
    }

}
