package io.successdesk.rest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input for every write endpoint, each answered with a 4xx naming the offending field (or {@code body}) and no
 * internals, and nothing written: the full JSON export and the audit log are the same before and after.
 */
class BadInputCorpusTest extends SandboxRestTest {

    private static final String EXISTING = "BASE1";

    /** One bad request: the endpoint it targets, the call, and the status and field expected. */
    private record Case(String name, String endpoint, String method, String path, String contentType, String body,
                        int status, String field) {
    }

    /** Cases the app layer refuses per row: a bulk upsert reports them in its row report (200, nothing committed). */
    private static final Set<String> PER_ROW = Set.of("organization id negative", "missing name", "missing tier",
            "missing contract start", "empty name", "name of 256 characters", "negative ARR", "ARR without currency",
            "unknown currency", "lower-case currency", "renewal before start", "unknown tier", "unknown stage",
            "bad attribute key");

    @BeforeAll
    static void createFixtures() {
        assertThat(client.json("admin", "POST", "/accounts", RestClient.account(EXISTING)).statusCode()).isEqualTo(201);
        assertThat(client.json("admin", "POST", "/accounts", RestClient.account("BASE2")).statusCode()).isEqualTo(201);
    }

    /** Variants of a valid account body, each breaking one thing, with the field that must be named. */
    private static List<Object[]> accountBodyCases(UnaryOperator<String> valid) {
        String ok = valid.apply("NEW1");
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{"malformed JSON", "{\"key\":", 400, "body"});
        cases.add(new Object[]{"trailing garbage", ok + "}", 400, "body"});
        cases.add(new Object[]{"not an object", "[1,2]", 400, "body"});
        cases.add(new Object[]{"JSON null", "null", 400, "body"});
        cases.add(new Object[]{"empty body", "", 400, "body"});
        cases.add(new Object[]{"name is a number", withName(ok, "\"name\":5"), 400, "name"});
        cases.add(new Object[]{"domains not a list", ok.replace("[\"new1.example.com\"]", "\"new1.example.com\""), 400, "emailDomains"});
        cases.add(new Object[]{"organization id text", ok.replace("[7]", "[\"seven\"]"), 400, "jsmOrganizationIds[0]"});
        cases.add(new Object[]{"organization id negative", ok.replace("[7]", "[-7]"), 400, "jsmOrganizationIds"});
        cases.add(new Object[]{"null in a list", ok.replace("[7]", "[null]"), 400, "jsmOrganizationIds[0]"});
        cases.add(new Object[]{"missing name", ok.replaceFirst("\"name\":\"[^\"]*\",", ""), 400, "name"});
        cases.add(new Object[]{"missing tier", ok.replace("\"tier\":\"Enterprise\",", ""), 400, "tier"});
        cases.add(new Object[]{"missing contract start", ok.replace("\"contractStart\":\"2024-01-01\",", ""), 400, "contractStart"});
        cases.add(new Object[]{"extra field", ok.replaceFirst("\\{", "{\"colour\":\"red\","), 400, "colour"});
        cases.add(new Object[]{"extra nested field", ok.replace("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"rate\":1"), 400, "arr.rate"});
        cases.add(new Object[]{"duplicate JSON member", ok.replaceFirst("\\{", "{\"name\":\"One\","), 400, "name"});
        cases.add(new Object[]{"empty name", withName(ok, "\"name\":\"  \""), 400, "name"});
        cases.add(new Object[]{"name of 256 characters", withName(ok, "\"name\":\"" + "n".repeat(256) + "\""), 400, "name"});
        cases.add(new Object[]{"10 MB name", withName(ok, "\"name\":\"" + "n".repeat(10 * 1024 * 1024) + "\""), 413, "body"});
        cases.add(new Object[]{"control character", withName(ok, "\"name\":\"Bell\\u0007Corp\""), 400, "name"});
        cases.add(new Object[]{"lone surrogate", withName(ok, "\"name\":\"\\ud83d Corp\""), 400, "name"});
        cases.add(new Object[]{"negative ARR", ok.replace("1250000", "-1"), 400, "arr.minorUnits"});
        cases.add(new Object[]{"overflowing ARR", ok.replace("1250000", "9223372036854775808"), 400, "arr.minorUnits"});
        cases.add(new Object[]{"huge exponent ARR", ok.replace("1250000", "1e999999999"), 400, "arr.minorUnits"});
        cases.add(new Object[]{"fractional ARR", ok.replace("1250000", "12.5"), 400, "arr.minorUnits"});
        cases.add(new Object[]{"ARR as text", ok.replace("1250000", "\"1250000\""), 400, "arr.minorUnits"});
        cases.add(new Object[]{"ARR without currency", ok.replace(",\"currency\":\"EUR\"", ""), 400, "arr.currency"});
        cases.add(new Object[]{"unknown currency", ok.replace("\"EUR\"", "\"EUX\""), 400, "arr.currency"});
        cases.add(new Object[]{"lower-case currency", ok.replace("\"EUR\"", "\"eur\""), 400, "arr.currency"});
        cases.add(new Object[]{"impossible date", ok.replace("2024-01-01", "2024-02-30"), 400, "contractStart"});
        cases.add(new Object[]{"non-ISO date", ok.replace("2026-12-31", "31/12/2026"), 400, "renewalDate"});
        cases.add(new Object[]{"renewal before start", ok.replace("2026-12-31", "2023-12-31"), 400, "renewalDate"});
        cases.add(new Object[]{"unknown tier", ok.replace("Enterprise", "Platinum"), 400, "tier"});
        cases.add(new Object[]{"unknown stage", ok.replace("adoption", "dormant"), 400, "lifecycleStage"});
        cases.add(new Object[]{"bad attribute key", ok.replace("\"plan\"", "\"pl an\""), 400, "customAttributes"});
        cases.add(new Object[]{"attribute not a string", ok.replace("\"gold\"", "7"), 400, "customAttributes.plan"});
        return cases;
    }

    /** The body with its {@code name} member replaced by {@code member} (literal JSON, no regex escapes). */
    private static String withName(String body, String member) {
        return body.replaceFirst("\"name\":\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(member));
    }

    private static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        for (Object[] c : accountBodyCases(RestClient::account)) {
            cases.add(new Case((String) c[0], "POST /accounts", "POST", "/accounts", "application/json",
                    (String) c[1], (int) c[2], (String) c[3]));
        }
        for (Object[] c : accountBodyCases(key -> RestClient.account(EXISTING).replace(EXISTING.toLowerCase(), "new1")
                .replaceFirst("\\{", "{\"version\":1,"))) {
            cases.add(new Case((String) c[0], "PUT /accounts/{key}", "PUT", "/accounts/" + EXISTING, "application/json",
                    (String) c[1], (int) c[2], (String) c[3]));
        }
        for (Object[] c : accountBodyCases(RestClient::account)) {
            String body = (String) c[1];
            boolean wholeBody = "body".equals(c[3]);
            String field = wholeBody ? "body" : "accounts[0]." + c[3];
            if (!wholeBody && (int) c[2] == 400 && body.startsWith("{")) {
                boolean perRow = PER_ROW.contains((String) c[0]);
                cases.add(new Case((String) c[0], "POST /accounts/bulk", "POST", "/accounts/bulk", "application/json",
                        "{\"accounts\":[" + body + "]}", perRow ? 200 : 400, perRow ? (String) c[3] : field));
            }
        }
        String put = RestClient.account(EXISTING).replaceFirst("\\{", "{\"version\":1,");
        cases.add(new Case("create an existing key", "POST /accounts", "POST", "/accounts", "application/json",
                RestClient.account(EXISTING), 409, "key"));
        cases.add(new Case("taken external id", "POST /accounts", "POST", "/accounts", "application/json",
                RestClient.account("NEW2").replace("crm-NEW2", "crm-BASE2"), 409, "externalId"));
        cases.add(new Case("invalid key", "POST /accounts", "POST", "/accounts", "application/json",
                RestClient.account("lower"), 400, "key"));
        cases.add(new Case("version when creating", "POST /accounts", "POST", "/accounts", "application/json",
                RestClient.account("NEW3").replaceFirst("\\{", "{\"version\":1,"), 400, "version"));
        cases.add(new Case("ARR from a CSM who may not see it", "POST /accounts", "csm:POST", "/accounts",
                "application/json", RestClient.account("NEW4"), 400, "arr.minorUnits"));
        cases.add(new Case("stale version", "PUT /accounts/{key}", "PUT", "/accounts/" + EXISTING, "application/json",
                put.replace("\"version\":1", "\"version\":7").replace("Acme", "Changed"), 409, "version"));
        cases.add(new Case("missing version", "PUT /accounts/{key}", "PUT", "/accounts/" + EXISTING, "application/json",
                RestClient.account(EXISTING).replace("Acme", "Changed"), 400, "version"));
        cases.add(new Case("version as text", "PUT /accounts/{key}", "PUT", "/accounts/" + EXISTING, "application/json",
                put.replace("\"version\":1", "\"version\":\"1\""), 400, "version"));
        cases.add(new Case("changed key", "PUT /accounts/{key}", "PUT", "/accounts/" + EXISTING, "application/json",
                put.replace("\"key\":\"BASE1\"", "\"key\":\"OTHER\""), 400, "key"));
        cases.add(new Case("unknown account", "PUT /accounts/{key}", "PUT", "/accounts/NOPE", "application/json",
                put, 404, null));
        cases.add(new Case("missing version", "DELETE /accounts/{key}", "DELETE", "/accounts/" + EXISTING, null, null, 400, "version"));
        cases.add(new Case("version as text", "DELETE /accounts/{key}", "DELETE", "/accounts/" + EXISTING + "?version=one", null, null, 400, "version"));
        cases.add(new Case("stale version", "DELETE /accounts/{key}", "DELETE", "/accounts/" + EXISTING + "?version=9", null, null, 409, "version"));
        cases.add(new Case("unknown account", "DELETE /accounts/{key}", "DELETE", "/accounts/NOPE?version=1", null, null, 404, null));
        cases.add(new Case("no accounts member", "POST /accounts/bulk", "POST", "/accounts/bulk", "application/json", "{}", 400, "accounts"));
        cases.add(new Case("too many rows", "POST /accounts/bulk", "POST", "/accounts/bulk", "application/json",
                "{\"accounts\":[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]}", 400, "accounts"));
        cases.add(new Case("unknown upsert key", "POST /accounts/bulk", "POST", "/accounts/bulk?by=name", "application/json",
                "{\"accounts\":[]}", 400, "by"));
        cases.add(new Case("dryRun not boolean", "POST /import/accounts", "POST", "/import/accounts?dryRun=yes",
                "application/json", "{\"accounts\":[]}", 400, "dryRun"));
        cases.add(new Case("unknown CSV column", "POST /import/accounts", "POST", "/import/accounts", "text/csv",
                "key,name,colour\nNEW5,New,red\n", 400, "columns"));
        cases.add(new Case("CSV ARR not a number", "POST /import/accounts", "POST", "/import/accounts", "text/csv",
                "key,name,tier,lifecycleStage,contractStart,arrMinorUnits,arrCurrency\nNEW6,New,SMB,adoption,2024-01-01,lots,EUR\n",
                400, "rows[1].arrMinorUnits"));
        cases.add(new Case("CSV bad date", "POST /import/accounts", "POST", "/import/accounts", "text/csv",
                "key,name,tier,lifecycleStage,contractStart\nNEW7,New,SMB,adoption,yesterday\n", 400, "rows[1].contractStart"));
        cases.add(new Case("broken CSV", "POST /import/accounts", "POST", "/import/accounts", "text/csv",
                "key,name\n\"NEW8,unterminated\n", 400, "body"));
        cases.add(new Case("JSON import extra field", "POST /import/accounts", "POST", "/import/accounts", "application/json",
                "{\"accounts\":[],\"mode\":\"merge\"}", 400, "mode"));
        String config = "{\"supportProjectKeys\":[\"SUP\"],\"csmGroups\":[\"successdesk-csms\"],"
                + "\"viewerGroups\":[\"successdesk-viewers\"],\"financialViewerGroups\":[\"successdesk-financial-viewers\"]}";
        cases.add(new Case("bad project key", "PUT /config", "PUT", "/config", "application/json",
                config.replace("[\"SUP\"]", "[\"not a key\"]"), 400, "supportProjectKeys"));
        cases.add(new Case("missing groups", "PUT /config", "PUT", "/config", "application/json",
                config.replace("\"csmGroups\":[\"successdesk-csms\"],", ""), 400, "csmGroups"));
        cases.add(new Case("empty group name", "PUT /config", "PUT", "/config", "application/json",
                config.replace("[\"successdesk-viewers\"]", "[\"\"]"), 400, "viewerGroups"));
        cases.add(new Case("extra config field", "PUT /config", "PUT", "/config", "application/json",
                config.replace("{", "{\"debug\":true,"), 400, "debug"));
        cases.add(new Case("groups not a list", "PUT /config", "PUT", "/config", "application/json",
                config.replace("[\"successdesk-csms\"]", "\"successdesk-csms\""), 400, "csmGroups"));
        panelCases(cases);
        return cases;
    }

    /** Issue link, health override, CTA and backfill writes (issue 6 part 2a). */
    private static void panelCases(List<Case> cases) {
        String link = "/issues/SUP-1/account";
        String linkEndpoint = "PUT /issues/{issueKey}/account";
        cases.add(new Case("malformed JSON", linkEndpoint, "PUT", link, "application/json", "{\"accountKey\":", 400, "body"));
        cases.add(new Case("empty body", linkEndpoint, "PUT", link, "application/json", "", 400, "body"));
        cases.add(new Case("extra field", linkEndpoint, "PUT", link, "application/json",
                "{\"accountKey\":\"BASE1\",\"colour\":\"red\"}", 400, "colour"));
        cases.add(new Case("key is a number", linkEndpoint, "PUT", link, "application/json", "{\"accountKey\":5}", 400, "accountKey"));
        cases.add(new Case("missing key", linkEndpoint, "PUT", link, "application/json", "{}", 400, "accountKey"));
        cases.add(new Case("invalid key", linkEndpoint, "PUT", link, "application/json", "{\"accountKey\":\"lower\"}", 400, "accountKey"));
        cases.add(new Case("control character", linkEndpoint, "PUT", link, "application/json",
                "{\"accountKey\":\"AC\\u0007ME\"}", 400, "accountKey"));
        cases.add(new Case("emoji key", linkEndpoint, "PUT", link, "application/json", "{\"accountKey\":\"😀\"}", 400, "accountKey"));
        cases.add(new Case("10 MB key", linkEndpoint, "PUT", link, "application/json",
                "{\"accountKey\":\"" + "A".repeat(10 * 1024 * 1024) + "\"}", 413, "body"));
        cases.add(new Case("unknown account", linkEndpoint, "PUT", link, "application/json", "{\"accountKey\":\"NOPE\"}", 404, null));
        cases.add(new Case("unknown issue", linkEndpoint, "PUT", "/issues/SUP-999/account", "application/json",
                "{\"accountKey\":\"BASE1\"}", 404, null));
        cases.add(new Case("unknown issue", "DELETE /issues/{issueKey}/account", "DELETE", "/issues/SUP-999/account", null, null, 404, null));

        String override = "/accounts/" + EXISTING + "/health/override";
        String overrideEndpoint = "PUT /accounts/{key}/health/override";
        String ok = "{\"score\":40,\"reason\":\"QBR went badly\",\"expiresOn\":\"2099-01-01\"}";
        cases.add(new Case("malformed JSON", overrideEndpoint, "PUT", override, "application/json", "{\"score\":", 400, "body"));
        cases.add(new Case("extra field", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("{", "{\"colour\":\"red\","), 400, "colour"));
        cases.add(new Case("score and band", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("{", "{\"band\":\"red\","), 400, "score"));
        cases.add(new Case("neither score nor band", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("\"score\":40,", ""), 400, "score"));
        cases.add(new Case("score above 100", overrideEndpoint, "PUT", override, "application/json", ok.replace("40", "101"), 400, "score"));
        cases.add(new Case("negative score", overrideEndpoint, "PUT", override, "application/json", ok.replace("40", "-1"), 400, "score"));
        cases.add(new Case("fractional score", overrideEndpoint, "PUT", override, "application/json", ok.replace("40", "40.5"), 400, "score"));
        cases.add(new Case("overflowing score", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("40", "9223372036854775808"), 400, "score"));
        cases.add(new Case("score as text", overrideEndpoint, "PUT", override, "application/json", ok.replace("40", "\"40\""), 400, "score"));
        cases.add(new Case("unknown band", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("\"score\":40", "\"band\":\"purple\""), 400, "band"));
        cases.add(new Case("missing reason", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("\"reason\":\"QBR went badly\",", ""), 400, "reason"));
        cases.add(new Case("blank reason", overrideEndpoint, "PUT", override, "application/json", ok.replace("QBR went badly", "  "), 400, "reason"));
        cases.add(new Case("control character", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("QBR went badly", "Bell\\u0007"), 400, "reason"));
        cases.add(new Case("10 MB reason", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("QBR went badly", "r".repeat(10 * 1024 * 1024)), 413, "body"));
        cases.add(new Case("expiry in the past", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("2099-01-01", "2020-01-01"), 400, "expiresOn"));
        cases.add(new Case("impossible expiry", overrideEndpoint, "PUT", override, "application/json",
                ok.replace("2099-01-01", "2099-02-30"), 400, "expiresOn"));
        cases.add(new Case("missing expiry", overrideEndpoint, "PUT", override, "application/json",
                ok.replace(",\"expiresOn\":\"2099-01-01\"", ""), 400, "expiresOn"));
        cases.add(new Case("unknown account", overrideEndpoint, "PUT", "/accounts/NOPE/health/override", "application/json", ok, 404, null));
        cases.add(new Case("unknown account", "DELETE /accounts/{key}/health/override", "DELETE",
                "/accounts/NOPE/health/override", null, null, 404, null));

        String snoozeEndpoint = "POST /ctas/{id}/snooze";
        String snooze = "/ctas/no-such-cta/snooze";
        cases.add(new Case("malformed JSON", snoozeEndpoint, "POST", snooze, "application/json", "{\"until\"", 400, "body"));
        cases.add(new Case("extra field", snoozeEndpoint, "POST", snooze, "application/json",
                "{\"until\":\"2099-01-01\",\"reason\":\"later\",\"colour\":1}", 400, "colour"));
        cases.add(new Case("missing until", snoozeEndpoint, "POST", snooze, "application/json", "{\"reason\":\"later\"}", 400, "until"));
        cases.add(new Case("until in the past", snoozeEndpoint, "POST", snooze, "application/json",
                "{\"until\":\"2020-01-01\",\"reason\":\"later\"}", 400, "until"));
        cases.add(new Case("non-ISO until", snoozeEndpoint, "POST", snooze, "application/json",
                "{\"until\":\"01/01/2099\",\"reason\":\"later\"}", 400, "until"));
        cases.add(new Case("blank reason", snoozeEndpoint, "POST", snooze, "application/json",
                "{\"until\":\"2099-01-01\",\"reason\":\" \"}", 400, "reason"));
        cases.add(new Case("unknown CTA", snoozeEndpoint, "POST", snooze, "application/json",
                "{\"until\":\"2099-01-01\",\"reason\":\"later\"}", 404, null));
        cases.add(new Case("unknown CTA", "POST /ctas/{id}/close", "POST", "/ctas/no-such-cta/close", null, null, 404, null));

        String backfill = "POST /backfill";
        cases.add(new Case("malformed JSON", backfill, "POST", "/backfill", "application/json", "{\"projects\":[", 400, "body"));
        cases.add(new Case("missing projects", backfill, "POST", "/backfill", "application/json", "{}", 400, "projects"));
        cases.add(new Case("no project", backfill, "POST", "/backfill", "application/json", "{\"projects\":[]}", 400, "projects"));
        cases.add(new Case("not a support project", backfill, "POST", "/backfill", "application/json", "{\"projects\":[\"HR\"]}", 400, "projects"));
        cases.add(new Case("projects not a list", backfill, "POST", "/backfill", "application/json", "{\"projects\":\"SUP\"}", 400, "projects"));
        cases.add(new Case("too many projects", backfill, "POST", "/backfill", "application/json",
                "{\"projects\":[" + String.join(",", java.util.Collections.nCopies(101, "\"SUP\"")) + "]}", 400, "projects"));
        cases.add(new Case("extra field", backfill, "POST", "/backfill", "application/json",
                "{\"projects\":[\"SUP\"],\"force\":true}", 400, "force"));
    }

    @Test
    void shouldCoverEveryWriteEndpoint() {
        Set<String> writes = new TreeSet<>(RestEndpoints.declared().stream().filter(e -> !e.startsWith("GET ")).toList());
        assertThat(corpus().stream().map(Case::endpoint).distinct()).containsExactlyInAnyOrderElementsOf(writes);
    }

    @TestFactory
    List<DynamicTest> shouldRefuseBadInputNamingTheFieldAndWriteNothing() {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.endpoint() + ": " + c.name(), () -> check(c))).toList();
    }

    @Test
    void shouldStoreEmojiAndOtherUnicodeExactly() {
        String name = "Ünïcødé 😀 客户 \\\"quoted\\\"";
        assertThat(client.json("admin", "POST", "/accounts", RestClient.account("EMOJI").replace("Acme EMOJI", name))
                .statusCode()).isEqualTo(201);
        assertThat(JsonParser.parseString(client.get("viewer", "/accounts/EMOJI").body()).getAsJsonObject()
                .get("name").getAsString()).isEqualTo("Ünïcødé 😀 客户 \"quoted\"");
    }

    private static void check(Case c) {
        String before = snapshot();
        String user = c.method().contains(":") ? c.method().split(":")[0] : "admin";
        String method = c.method().contains(":") ? c.method().split(":")[1] : c.method();
        HttpResponse<String> response = client.send(user, method, c.path(), c.contentType(), c.body());

        assertThat(response.statusCode()).as(abbreviated(response.body())).isEqualTo(c.status());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").hasSizeLessThan(20_000);
        JsonObject answer = JsonParser.parseString(response.body()).getAsJsonObject();
        if (c.status() == 200) {
            assertThat(answer.get("committed").getAsBoolean()).isFalse();
            JsonObject row = answer.getAsJsonArray("rows").get(0).getAsJsonObject();
            assertThat(row.get("outcome").getAsString()).isEqualTo("rejected");
            assertThat(row.getAsJsonObject("errors").keySet()).as(abbreviated(response.body())).contains(c.field());
        } else {
            assertThat(answer.has("message")).isTrue();
            if (c.field() != null) {
                assertThat(answer.getAsJsonObject("errors").keySet()).as(abbreviated(response.body())).contains(c.field());
            }
        }
        assertThat(snapshot()).as("nothing written").isEqualTo(before);
    }

    private static String snapshot() {
        return client.get("admin", "/export/accounts?format=json").body() + client.get("admin", "/audit?limit=1").body()
                + client.get("admin", "/config").body();
    }

    private static String abbreviated(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
