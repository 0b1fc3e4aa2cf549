package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's tier and CSM filters over real HTTP, on a small fixed data set whose expected values are worked out
 * here by hand from docs/metrics.md (never taken from the code's own output):
 * <pre>
 * account  tier        CSM    CSAT in project FLT (Jan 2025)   ARR in DKK  2024-01 → 2024-02
 * FLT1     Enterprise  csm    5, 5, 4, 1 → 3 of 4 satisfied     1,000.00 → 800.00 (contraction 200.00)
 * FLT2     SMB         —      2, 2       → 0 of 2 satisfied       500.00 →   0    (churned 500.00)
 * all: CSAT 3 of 6 = 50 %;  GRR (1,500 − 200 − 500) ÷ 1,500 = 53.33 %
 * Enterprise / csm: CSAT 75 % (n 4); GRR 800 ÷ 1,000 = 80 %.   SMB: CSAT 0 % (n 2); GRR 0 %.
 * </pre>
 */
class MetricsFiltersHttpTest extends SandboxRestTest {

    private static final Offset<Double> CENT = Offset.offset(0.005);
    private static final String CSAT = "/metrics/csat?granularity=month&from=2025-01-01&to=2025-01-31&project=FLT";
    private static final String GRR = "/metrics/retention?currency=DKK&from=2024-02&to=2024-02";

    @BeforeAll
    static void fixedDataSet() {
        account("FLT1", "Enterprise", "\"csmUserKey\":\"csm\",");
        account("FLT2", "SMB", "");
        StringBuilder rows = new StringBuilder();
        int[][] ratings = {{5, 5, 4, 1}, {2, 2}};
        for (int a = 0; a < ratings.length; a++) {
            for (int i = 0; i < ratings[a].length; i++) {
                rows.append(rows.length() == 0 ? "" : ",").append("""
                        {"externalId":"flt-%d-%d","source":"import","accountKey":"FLT%d","projectKey":"FLT","rating":%d,
                         "answeredAt":"2025-01-15T10:00:00Z"}""".formatted(a, i, a + 1, ratings[a][i]));
            }
        }
        ok(client.json("admin", "POST", "/csat/bulk", "{\"rows\":[" + rows + "]}"));
        ok(client.json("admin", "POST", "/revenue/arr", """
                {"rows":[{"accountKey":"FLT1","month":"2024-01","arrMinorUnits":100000,"currency":"DKK"},
                         {"accountKey":"FLT1","month":"2024-02","arrMinorUnits":80000,"currency":"DKK"},
                         {"accountKey":"FLT2","month":"2024-01","arrMinorUnits":50000,"currency":"DKK"},
                         {"accountKey":"FLT2","month":"2024-02","arrMinorUnits":0,"currency":"DKK"}]}"""));
    }

    @Test
    void shouldNarrowCsatToATiersOrACsmsAccounts() {
        assertCsat(CSAT, 6, 50.0);
        assertCsat(CSAT + "&tier=Enterprise", 4, 75.0);
        assertCsat(CSAT + "&csm=csm", 4, 75.0);
        assertCsat(CSAT + "&tier=SMB", 2, 0.0);
        assertThat(month(CSAT + "&tier=SMB&csm=csm").get("n").getAsInt()).as("the CSM has no SMB account").isZero();
        assertThat(month(CSAT + "&tier=Unknown").get("n").getAsInt()).as("a tier without accounts narrows to none").isZero();
    }

    @Test
    void shouldNarrowRetentionToATiersAccounts() {
        assertThat(grr(GRR)).isCloseTo(100.0 * 800 / 1500, CENT);
        assertThat(grr(GRR + "&tier=Enterprise")).isCloseTo(80.0, CENT);
        assertThat(grr(GRR + "&csm=csm")).isCloseTo(80.0, CENT);
        assertThat(grr(GRR + "&tier=SMB")).isCloseTo(0.0, CENT);
    }

    @Test
    void shouldAnswerAnAccountsArrHistoryToFinancialViewersOnly() {
        JsonArray months = okJson(client.get("finance", "/accounts/FLT1/arr")).getAsJsonArray("months");
        assertThat(months).hasSize(2);
        assertThat(months.get(0).getAsJsonObject().get("month").getAsString()).isEqualTo("2024-01");
        assertThat(months.get(0).getAsJsonObject().getAsJsonObject("arr").get("minorUnits").getAsLong()).isEqualTo(100000);
        assertThat(months.get(1).getAsJsonObject().getAsJsonObject("arr").get("currency").getAsString()).isEqualTo("DKK");
        assertThat(client.get("csm", "/accounts/FLT1/arr").statusCode()).as("a CSM is no financial viewer").isEqualTo(404);
        assertThat(client.get("finance", "/accounts/NOPE/arr").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNameTheFilterThatIsNotValidAndKeepRevenueFromOthers() {
        HttpResponse<String> badTier = client.get("csm", CSAT + "&tier=" + "x".repeat(200));
        assertThat(badTier.statusCode()).isEqualTo(400);
        assertThat(badTier.body()).contains("\"tier\"");
        assertThat(client.get("csm", CSAT + "&csm=" + "u".repeat(300)).body()).contains("\"csm\"");
        assertThat(client.get("csm", GRR + "&tier=Enterprise").statusCode()).as("retention is for financial viewers").isEqualTo(404);
        assertThat(client.get("outsider", CSAT + "&tier=Enterprise").statusCode()).isEqualTo(404);
    }

    private static void account(String key, String tier, String csm) {
        ok(client.json("admin", "POST", "/accounts", """
                {"key":"%s","name":"Filter %s","emailDomains":[],"jsmOrganizationIds":[],"tier":"%s",%s
                 "lifecycleStage":"adoption","contractStart":"2024-01-01"}""".formatted(key, key, tier, csm)));
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    private static JsonObject month(String path) {
        JsonArray points = okJson(client.get("csm", path)).getAsJsonArray("points");
        assertThat(points).hasSize(1);
        return points.get(0).getAsJsonObject();
    }

    private static void assertCsat(String path, int n, double satisfiedPercent) {
        JsonObject point = month(path);
        assertThat(point.get("n").getAsInt()).as(path).isEqualTo(n);
        assertThat(point.get("satisfiedPercent").getAsDouble()).as(path).isCloseTo(satisfiedPercent, CENT);
    }

    private static double grr(String path) {
        JsonObject point = okJson(client.get("finance", path)).getAsJsonArray("points").get(0).getAsJsonObject();
        return point.get("grossRevenueRetention").getAsDouble();
    }
}
