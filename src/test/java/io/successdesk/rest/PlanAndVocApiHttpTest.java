package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans, touchpoints, CSAT/NPS, revenue and metrics over real HTTP: idempotent ingest, paging, locking, ARR hiding. */
class PlanAndVocApiHttpTest extends SandboxRestTest {

    @Test
    void shouldStoreARepeatedCsatOrNpsResponseOnce() {
        create("IDEM1");
        String csat = csat("IDEM1", "ext-1", 5, "2025-01-15T10:00:00Z");
        assertThat(object(client.json("csm", "POST", "/csat", csat)).get("outcome").getAsString()).isEqualTo("created");
        assertThat(object(client.json("csm", "POST", "/csat", csat)).get("outcome").getAsString()).isEqualTo("unchanged");
        // the account-change worker audits CTAs of its own meanwhile, so count this response's entries
        assertThat(client.get("admin", "/audit?limit=500").body().split("import:ext-1", -1))
                .as("audited once, nothing written twice").hasSize(2);
        JsonObject bulk = object(client.json("csm", "POST", "/csat/bulk", "{\"rows\":[" + csat + ","
                + csat("IDEM1", "ext-2", 2, "2025-01-16T10:00:00Z") + "]}"));
        assertThat(bulk.get("created").getAsLong()).isEqualTo(1);
        assertThat(bulk.get("unchanged").getAsLong()).isEqualTo(1);
        assertThat(object(client.get("viewer", "/accounts/IDEM1/csat")).get("total").getAsLong()).isEqualTo(2);

        String nps = nps("IDEM1", "n-1", 9, Instant.now().minusSeconds(3600).toString());
        assertThat(object(client.json("csm", "POST", "/nps", nps)).get("outcome").getAsString()).isEqualTo("created");
        assertThat(object(client.json("csm", "POST", "/nps/bulk", "{\"rows\":[" + nps + "]}")).get("unchanged")
                .getAsLong()).isEqualTo(1);
        assertThat(object(client.get("viewer", "/accounts/IDEM1/nps")).get("total").getAsLong()).isEqualTo(1);
        JsonObject overall = object(client.get("viewer", "/metrics/nps?windowDays=30"));
        assertThat(overall.get("promoters").getAsLong()).isEqualTo(1);
        assertThat(overall.get("nps").getAsDouble()).isEqualTo(100.0);
    }

    @Test
    void shouldPageCsatAndTouchpointsStablyWithoutGapsOrRepeats() {
        create("PAGE1");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            rows.add(csat("PAGE1", "p-" + i, 1 + i % 5, "2025-01-" + String.format("%02d", 1 + i) + "T10:00:00Z"));
            assertThat(client.json("csm", "POST", "/accounts/PAGE1/touchpoints", """
                    {"type":"note","occurredAt":"2025-02-01T10:%02d:00Z","summary":"Note %d"}""".formatted(i % 3, i))
                    .statusCode()).isEqualTo(201);
        }
        assertThat(client.json("csm", "POST", "/csat/bulk", "{\"rows\":[" + String.join(",", rows) + "]}").statusCode())
                .isEqualTo(200);
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 7) {
            String path = "/accounts/PAGE1/csat?limit=7&offset=" + offset;
            JsonObject page = object(client.get("viewer", path));
            assertThat(page.get("total").getAsLong()).isEqualTo(23);
            page.getAsJsonArray("items").forEach(item -> seen.add(item.getAsJsonObject().get("externalId").getAsString()));
            assertThat(client.get("viewer", path).body()).as("the same page twice").isEqualTo(client.get("viewer", path).body());
        }
        assertThat(seen).hasSize(23).doesNotHaveDuplicates();

        for (String list : List.of("touchpoints", "timeline")) {
            List<String> ids = new ArrayList<>();
            String cursor = "";
            do {
                JsonObject page = object(client.get("viewer", "/accounts/PAGE1/" + list + "?limit=5&cursor=" + cursor));
                JsonArray items = page.getAsJsonArray("items");
                items.forEach(item -> ids.add(list.equals("timeline")
                        ? item.getAsJsonObject().get("kind").getAsString() + ":" + item.getAsJsonObject().get("referenceId").getAsString()
                        : "touchpoint:" + item.getAsJsonObject().get("id").getAsString()));
                cursor = page.has("next") ? page.get("next").getAsString() : null;
            } while (cursor != null);
            assertThat(ids).as(list).doesNotHaveDuplicates().filteredOn(id -> id.startsWith("touchpoint:")).hasSize(23);
            if (list.equals("timeline")) {
                assertThat(ids).as("the CSAT answers, named by source and id").filteredOn(id -> id.startsWith("csat:"))
                        .hasSize(23).contains("csat:IMPORT:p-0", "csat:IMPORT:p-22");
            }
        }
        assertThat(client.get("viewer", "/accounts/PAGE1/touchpoints?cursor=garbage").body()).contains("\"cursor\"");
    }

    /** One timeline tells what happened: CSAT answers, plan changes, manual health changes and CTAs with their details. */
    @Test
    void shouldListCsatPlanHealthAndCtaEntriesWithWhatScreensNeedToWordThem() {
        create("STORY1");
        assertThat(client.json("csm", "POST", "/csat", "{\"externalId\":\"s-1\",\"source\":\"import\",\"accountKey\":"
                + "\"STORY1\",\"rating\":2,\"comment\":\"Slow <b>again</b>\",\"answeredAt\":\"2025-03-01T10:00:00Z\"}")
                .statusCode()).isEqualTo(200);
        JsonObject plan = object(client.json("csm", "POST", "/accounts/STORY1/plans", """
                {"title":"Rescue","type":"custom","owner":"csm","startDate":"2025-01-01","targetDate":"2025-06-30"}"""));
        String planId = plan.get("id").getAsString();
        assertThat(client.json("csm", "POST", "/plans/" + planId + "/transition", "{\"version\":1,\"status\":\"active\"}")
                .statusCode()).isEqualTo(200);
        assertThat(client.json("csm", "PUT", "/accounts/STORY1/health/override",
                "{\"score\":12,\"reason\":\"Champion left\",\"expiresOn\":\"2099-01-01\"}").statusCode()).isEqualTo(200);
        awaitAccountChanges();

        JsonArray items = object(client.get("viewer", "/accounts/STORY1/timeline?limit=50")).getAsJsonArray("items");
        List<JsonObject> entries = new ArrayList<>();
        items.forEach(item -> entries.add(item.getAsJsonObject()));
        assertThat(entries).filteredOn(entry -> entry.get("kind").getAsString().equals("csat")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("referenceId").getAsString()).isEqualTo("IMPORT:s-1");
                    assertThat(entry.getAsJsonObject("details").get("rating").getAsString()).isEqualTo("2");
                    assertThat(entry.getAsJsonObject("details").get("comment").getAsString()).isEqualTo("Slow <b>again</b>");
                });
        assertThat(entries).filteredOn(entry -> entry.get("kind").getAsString().equals("plan-change"))
                .extracting(entry -> entry.getAsJsonObject("details").get("action").getAsString() + " "
                        + entry.getAsJsonObject("details").get("plan").getAsString() + " "
                        + entry.getAsJsonObject("details").get("planId").getAsString())
                .containsExactly("plan.transition Rescue " + planId, "plan.create Rescue " + planId);
        assertThat(entries).filteredOn(entry -> entry.get("kind").getAsString().equals("health-change"))
                .extracting(entry -> entry.getAsJsonObject("details").get("action").getAsString())
                .containsExactly("health.override.set");
        JsonObject red = entries.stream().filter(entry -> entry.get("kind").getAsString().equals("cta")
                        && entry.getAsJsonObject("details").get("reason").getAsString().equals("entered-red"))
                .findFirst().orElseThrow(() -> new AssertionError("the override turned the account red: " + entries));
        String until = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7).toString();
        assertThat(client.json("csm", "POST", "/ctas/" + red.get("referenceId").getAsString() + "/snooze",
                "{\"until\":\"" + until + "\",\"reason\":\"after the QBR\"}").statusCode()).isEqualTo(200);
        JsonObject newest = object(client.get("viewer", "/accounts/STORY1/timeline?limit=1")).getAsJsonArray("items")
                .get(0).getAsJsonObject();
        assertThat(newest.get("kind").getAsString()).isEqualTo("cta");
        assertThat(newest.getAsJsonObject("details").get("action").getAsString()).isEqualTo("cta.snooze");
        assertThat(newest.getAsJsonObject("details").get("reason").getAsString()).isEqualTo("entered-red");
        List<Instant> times = entries.stream().map(entry -> Instant.parse(entry.get("at").getAsString())).toList();
        assertThat(times).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldRefuseAStalePlanVersionAndIllegalTransitions() {
        create("PLAN1");
        JsonObject plan = object(client.json("csm", "POST", "/accounts/PLAN1/plans", """
                {"title":"Renewal","type":"renewal","owner":"csm","startDate":"2025-01-01","targetDate":"2025-06-30"}"""));
        String id = plan.get("id").getAsString();
        assertThat(plan.get("status").getAsString()).isEqualTo("draft");
        assertThat(client.json("csm", "POST", "/plans/" + id + "/transition", "{\"version\":1,\"status\":\"active\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> stale = client.json("admin", "POST", "/plans/" + id + "/objectives",
                "{\"version\":1,\"title\":\"Sign\",\"dueDate\":\"2025-05-01\",\"owner\":\"csm\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(client.json("csm", "POST", "/plans/" + id + "/transition", "{\"version\":2,\"status\":\"draft\"}")
                .statusCode()).isEqualTo(409);
        JsonObject stored = object(client.get("viewer", "/plans/" + id));
        assertThat(stored.get("version").getAsLong()).isEqualTo(2);
        assertThat(stored.get("status").getAsString()).isEqualTo("active");
        assertThat(object(client.get("viewer", "/accounts/PLAN1/plans")).get("total").getAsLong()).isEqualTo(1);
    }

    @Test
    void shouldPagePlansStably() {
        create("PLANS2");
        for (int i = 0; i < 8; i++) {
            assertThat(client.json("csm", "POST", "/accounts/PLANS2/plans", """
                    {"title":"Plan %d","type":"custom","owner":"csm","startDate":"2025-01-0%d","targetDate":"2025-06-30"}"""
                    .formatted(i, 1 + i % 3)).statusCode()).isEqualTo(201);
        }
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            String path = "/accounts/PLANS2/plans?limit=3&offset=" + offset;
            JsonObject page = object(client.get("viewer", path));
            assertThat(page.get("total").getAsLong()).isEqualTo(8);
            page.getAsJsonArray("items").forEach(item -> ids.add(item.getAsJsonObject().get("id").getAsString()));
            assertThat(client.get("viewer", path).body()).isEqualTo(client.get("viewer", path).body());
        }
        assertThat(ids).hasSize(8).doesNotHaveDuplicates();
        assertThat(client.get("viewer", "/accounts/NOPE/plans").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldComputeCsatSeriesWithEmptyPeriodsAndFlags() {
        create("SERIES1");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(csat("SERIES1", "s-" + i, i < 5 ? 5 : 1, "2024-03-1" + i + "T10:00:00Z"));
        }
        rows.add(csat("SERIES1", "s-9", 4, "2024-05-02T10:00:00Z"));
        assertThat(client.json("csm", "POST", "/csat/bulk", "{\"rows\":[" + String.join(",", rows) + "]}").statusCode())
                .isEqualTo(200);
        JsonArray points = object(client.get("viewer",
                "/metrics/csat?granularity=month&from=2024-03-01&to=2024-05-31&account=SERIES1")).getAsJsonArray("points");
        assertThat(points).hasSize(3);
        JsonObject march = points.get(0).getAsJsonObject();
        assertThat(march.get("n").getAsLong()).isEqualTo(6);
        assertThat(march.get("satisfiedPercent").getAsDouble()).isBetween(83.3, 83.4);
        assertThat(march.get("insufficientData").getAsBoolean()).isFalse();
        assertThat(march.get("intervalLowerPercent").getAsDouble()).isLessThan(83.3);
        JsonObject april = points.get(1).getAsJsonObject();
        assertThat(april.get("n").getAsLong()).isZero();
        assertThat(april.has("satisfiedPercent")).as("omitted, not null").isFalse();
        assertThat(points.get(2).getAsJsonObject().get("status").getAsString()).isEqualTo("insufficient-data");
        assertThat(client.get("viewer", "/metrics/csat?granularity=year").body()).contains("\"granularity\"");
    }

    @Test
    void shouldShowRevenueToFinancialViewersOnly() {
        create("REV1");
        String rows = "{\"rows\":[{\"accountKey\":\"REV1\",\"month\":\"2024-01\",\"arrMinorUnits\":1000000,\"currency\":\"USD\"},"
                + "{\"accountKey\":\"REV1\",\"month\":\"2024-02\",\"arrMinorUnits\":1100000,\"currency\":\"USD\"}]}";
        JsonObject report = object(client.json("admin", "POST", "/revenue/arr", rows));
        assertThat(report.get("created").getAsInt()).isEqualTo(2);
        assertThat(object(client.json("admin", "POST", "/revenue/arr", rows)).get("unchanged").getAsInt()).isEqualTo(2);
        String path = "/metrics/retention?currency=USD&from=2024-02&to=2024-02";
        JsonObject point = object(client.get("finance", path)).getAsJsonArray("points").get(0).getAsJsonObject();
        assertThat(point.getAsJsonObject("expansionArr").get("minorUnits").getAsLong()).isEqualTo(100000);
        assertThat(point.get("netRevenueRetention").getAsDouble()).isCloseTo(110.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(client.get("viewer", path).statusCode()).isEqualTo(404);
        assertThat(client.get("csm", "/metrics/cohorts?currency=USD").statusCode()).isEqualTo(404);
        assertThat(client.get("finance", "/metrics/retention").body()).contains("\"currency\"");
        assertThat(client.get("viewer", "/metrics/renewals?withinDays=3660&limit=500").body()).contains("REV1")
                .doesNotContain("\"arr\"");
        assertThat(client.get("finance", "/metrics/renewals?withinDays=3660&limit=500").body()).contains("\"arr\"");
        String health = "/metrics/health?from=2025-01-01&to=2025-01-31";
        JsonArray days = object(client.get("viewer", health)).getAsJsonArray("days");
        assertThat(days).hasSize(31);
        assertThat(days.get(0).getAsJsonObject().has("arrAtRisk")).as("omitted for non-financial viewers").isFalse();
        assertThat(object(client.get("finance", health)).getAsJsonArray("days").get(0).getAsJsonObject().has("arrAtRisk"))
                .isTrue();
        assertThat(client.get("viewer", "/metrics/health?from=2025-02-01&to=2025-01-01").body()).contains("\"to\"");
    }

    private static String csat(String account, String externalId, int rating, String answeredAt) {
        return "{\"externalId\":\"%s\",\"source\":\"IMPORT\",\"accountKey\":\"%s\",\"rating\":%d,\"answeredAt\":\"%s\"}"
                .formatted(externalId, account, rating, answeredAt);
    }

    private static String nps(String account, String externalId, int score, String answeredAt) {
        return "{\"externalId\":\"%s\",\"source\":\"IMPORT\",\"accountKey\":\"%s\",\"score\":%d,\"answeredAt\":\"%s\"}"
                .formatted(externalId, account, score, answeredAt);
    }

    private static void create(String key) {
        assertThat(client.json("admin", "POST", "/accounts", RestClient.account(key)).statusCode()).isEqualTo(201);
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
