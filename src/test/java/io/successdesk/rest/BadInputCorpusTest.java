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

    private static String planId;
    private static String templateId;
    private static final String PLAN = "{\"title\":\"Onboarding\",\"type\":\"onboarding\",\"owner\":\"csm\","
            + "\"startDate\":\"2025-01-01\",\"targetDate\":\"2025-03-31\"}";
    private static final String TEMPLATE = "{\"name\":\"Playbook\",\"type\":\"onboarding\",\"durationDays\":90,"
            + "\"objectives\":[{\"title\":\"Go live\",\"dueOffsetDays\":30}],"
            + "\"tasks\":[{\"title\":\"Kick-off\",\"dueOffsetDays\":3,\"objectiveIndex\":0}]}";
    private static final String CSAT = "{\"externalId\":\"c-1\",\"source\":\"IMPORT\",\"accountKey\":\"PLANS1\","
            + "\"rating\":4,\"answeredAt\":\"2025-01-15T10:00:00Z\"}";
    private static final String NPS = "{\"externalId\":\"n-1\",\"source\":\"IMPORT\",\"accountKey\":\"PLANS1\","
            + "\"score\":9,\"answeredAt\":\"2025-01-15T10:00:00Z\"}";
    private static final String ARR = "{\"accountKey\":\"PLANS1\",\"month\":\"2024-06\",\"arrMinorUnits\":1250000,"
            + "\"currency\":\"EUR\"}";
    private static final String TOUCHPOINT = "{\"type\":\"call\",\"occurredAt\":\"2025-01-15T10:00:00Z\","
            + "\"summary\":\"Check-in\",\"sentiment\":\"positive\"}";

    /** A plan (version 4: one objective, one done task) and a playbook template to aim the plan cases at. */
    @BeforeAll
    static void createPlanFixtures() {
        assertThat(client.json("admin", "POST", "/accounts", RestClient.account("PLANS1")).statusCode()).isEqualTo(201);
        planId = JsonParser.parseString(client.json("admin", "POST", "/accounts/PLANS1/plans", PLAN).body())
                .getAsJsonObject().get("id").getAsString();
        client.json("admin", "POST", "/plans/" + planId + "/objectives",
                "{\"version\":1,\"title\":\"Go live\",\"dueDate\":\"2025-02-01\",\"owner\":\"csm\"}");
        client.json("admin", "POST", "/plans/" + planId + "/tasks", "{\"version\":2,\"title\":\"Call\",\"dueDate\":\"2025-01-10\"}");
        assertThat(client.json("admin", "POST", "/plans/" + planId + "/tasks/1/complete", "{\"version\":3}").statusCode())
                .isEqualTo(200);
        templateId = JsonParser.parseString(client.json("admin", "POST", "/plan-templates", TEMPLATE).body())
                .getAsJsonObject().get("id").getAsString();
    }

    /** Bad input for the plan, touchpoint, CSAT/NPS and revenue endpoints (issue 6 part 2b). */
    private static List<Case> moreCases() {
        List<Case> cases = new ArrayList<>();
        String plans = "/accounts/PLANS1/plans";
        String plan = "/plans/" + planId;
        String j = "application/json";
        cases.add(new Case("malformed JSON", "POST /accounts/{key}/plans", "POST", plans, j, "{\"title\":", 400, "body"));
        cases.add(new Case("missing title", "POST /accounts/{key}/plans", "POST", plans, j, PLAN.replace("\"title\":\"Onboarding\",", ""), 400, "title"));
        cases.add(new Case("unknown type", "POST /accounts/{key}/plans", "POST", plans, j, PLAN.replace("onboarding", "golf"), 400, "type"));
        cases.add(new Case("target before start", "POST /accounts/{key}/plans", "POST", plans, j, PLAN.replace("2025-03-31", "2024-03-31"), 400, "targetDate"));
        cases.add(new Case("impossible date", "POST /accounts/{key}/plans", "POST", plans, j, PLAN.replace("2025-01-01", "2025-02-30"), 400, "startDate"));
        cases.add(new Case("extra field", "POST /accounts/{key}/plans", "POST", plans, j, PLAN.replace("{", "{\"colour\":1,"), 400, "colour"));
        cases.add(new Case("10 MB title", "POST /accounts/{key}/plans", "POST", plans, j, PLAN.replace("Onboarding", "t".repeat(10 * 1024 * 1024)), 413, "body"));
        cases.add(new Case("control character", "POST /accounts/{key}/plans", "POST", plans, j, PLAN.replace("Onboarding", "On\\u0007board"), 400, "title"));
        cases.add(new Case("unknown account", "POST /accounts/{key}/plans", "POST", "/accounts/NOPE/plans", j, PLAN, 404, null));
        String fromTemplate = plans + "/from-template";
        cases.add(new Case("missing template id", "POST /accounts/{key}/plans/from-template", "POST", fromTemplate, j, "{\"owner\":\"csm\"}", 400, "templateId"));
        cases.add(new Case("unknown template", "POST /accounts/{key}/plans/from-template", "POST", fromTemplate, j,
                "{\"templateId\":\"00000000-0000-0000-0000-000000000000\",\"owner\":\"csm\"}", 404, null));
        cases.add(new Case("missing owner", "POST /accounts/{key}/plans/from-template", "POST", fromTemplate, j,
                "{\"templateId\":\"" + templateId + "\"}", 400, "owner"));
        cases.add(new Case("activate not boolean", "POST /accounts/{key}/plans/from-template", "POST", fromTemplate, j,
                "{\"templateId\":\"" + templateId + "\",\"owner\":\"csm\",\"activate\":\"yes\"}", 400, "activate"));
        String edit = PLAN.replace("\"type\":\"onboarding\",", "");
        cases.add(new Case("missing version", "PUT /plans/{id}", "PUT", plan, j, edit, 400, "version"));
        cases.add(new Case("stale version", "PUT /plans/{id}", "PUT", plan, j, edit.replace("{", "{\"version\":1,"), 409, "version"));
        cases.add(new Case("empty title", "PUT /plans/{id}", "PUT", plan, j, edit.replace("{", "{\"version\":4,").replace("Onboarding", " "), 400, "title"));
        cases.add(new Case("unknown plan", "PUT /plans/{id}", "PUT", "/plans/00000000-0000-0000-0000-000000000000", j, edit.replace("{", "{\"version\":1,"), 404, null));
        cases.add(new Case("malformed plan id", "PUT /plans/{id}", "PUT", "/plans/not-an-id", j, edit.replace("{", "{\"version\":1,"), 404, null));
        cases.add(new Case("illegal transition", "POST /plans/{id}/transition", "POST", plan + "/transition", j, "{\"version\":4,\"status\":\"completed\"}", 409, "status"));
        cases.add(new Case("unknown status", "POST /plans/{id}/transition", "POST", plan + "/transition", j, "{\"version\":4,\"status\":\"paused\"}", 400, "status"));
        cases.add(new Case("missing status", "POST /plans/{id}/transition", "POST", plan + "/transition", j, "{\"version\":4}", 400, "status"));
        cases.add(new Case("missing due date", "POST /plans/{id}/objectives", "POST", plan + "/objectives", j, "{\"version\":4,\"title\":\"X\",\"owner\":\"csm\"}", 400, "dueDate"));
        cases.add(new Case("version as text", "POST /plans/{id}/objectives", "POST", plan + "/objectives", j, "{\"version\":\"3\",\"title\":\"X\",\"dueDate\":\"2025-02-01\",\"owner\":\"csm\"}", 400, "version"));
        cases.add(new Case("unknown objective", "POST /plans/{id}/objectives/{objectiveId}/transition", "POST", plan + "/objectives/9/transition", j, "{\"version\":4,\"status\":\"in-progress\"}", 404, null));
        cases.add(new Case("illegal objective transition", "POST /plans/{id}/objectives/{objectiveId}/transition", "POST", plan + "/objectives/1/transition", j, "{\"version\":4,\"status\":\"achieved\"}", 409, "status"));
        cases.add(new Case("bad issue key", "POST /plans/{id}/tasks", "POST", plan + "/tasks", j, "{\"version\":4,\"title\":\"T\",\"dueDate\":\"2025-01-10\",\"linkedIssueKey\":\"not a key\"}", 400, "linkedIssueKey"));
        cases.add(new Case("unknown objective id", "POST /plans/{id}/tasks", "POST", plan + "/tasks", j, "{\"version\":4,\"title\":\"T\",\"dueDate\":\"2025-01-10\",\"objectiveId\":9}", 400, "objectiveId"));
        cases.add(new Case("unknown task", "POST /plans/{id}/tasks/{taskId}/complete", "POST", plan + "/tasks/9/complete", j, "{\"version\":4}", 404, null));
        cases.add(new Case("missing version", "POST /plans/{id}/tasks/{taskId}/complete", "POST", plan + "/tasks/1/complete", j, "{}", 400, "version"));
        cases.add(new Case("stale version", "POST /plans/{id}/tasks/{taskId}/reopen", "POST", plan + "/tasks/1/reopen", j, "{\"version\":2}", 409, "version"));
        cases.add(new Case("missing name", "POST /plan-templates", "POST", "/plan-templates", j, TEMPLATE.replace("\"name\":\"Playbook\",", ""), 400, "name"));
        cases.add(new Case("negative duration", "POST /plan-templates", "POST", "/plan-templates", j, TEMPLATE.replace("90", "-1"), 400, "durationDays"));
        cases.add(new Case("offset after duration", "POST /plan-templates", "POST", "/plan-templates", j, TEMPLATE.replace("30}", "300}"), 400, "objectives[0].dueOffsetDays"));
        cases.add(new Case("objective index out of range", "POST /plan-templates", "POST", "/plan-templates", j, TEMPLATE.replace("\"objectiveIndex\":0", "\"objectiveIndex\":4"), 400, "tasks[0].objectiveIndex"));
        cases.add(new Case("id when creating", "POST /plan-templates", "POST", "/plan-templates", j, TEMPLATE.replace("{\"name\"", "{\"id\":\"x\",\"name\""), 400, "id"));
        cases.add(new Case("unknown type", "PUT /plan-templates/{id}", "PUT", "/plan-templates/" + templateId, j, TEMPLATE.replace("onboarding", "golf"), 400, "type"));
        cases.add(new Case("unknown template", "PUT /plan-templates/{id}", "PUT", "/plan-templates/00000000-0000-0000-0000-000000000000", j, TEMPLATE, 404, null));
        cases.add(new Case("missing version", "PUT /plan-templates/{id}", "PUT", "/plan-templates/" + templateId, j, TEMPLATE, 400, "version"));
        cases.add(new Case("stale version", "PUT /plan-templates/{id}", "PUT", "/plan-templates/" + templateId, j,
                TEMPLATE.replaceFirst("\\{", "{\"version\":7,"), 409, null));
        cases.add(new Case("unknown template", "DELETE /plan-templates/{id}", "DELETE", "/plan-templates/00000000-0000-0000-0000-000000000000", null, null, 404, null));
        cases.add(new Case("malformed template id", "DELETE /plan-templates/{id}", "DELETE", "/plan-templates/nope", null, null, 404, null));
        String touchpoints = "/accounts/PLANS1/touchpoints";
        cases.add(new Case("unknown type", "POST /accounts/{key}/touchpoints", "POST", touchpoints, j, TOUCHPOINT.replace("call", "fax"), 400, "type"));
        cases.add(new Case("in the future", "POST /accounts/{key}/touchpoints", "POST", touchpoints, j, TOUCHPOINT.replace("2025", "2999"), 400, "occurredAt"));
        cases.add(new Case("missing summary", "POST /accounts/{key}/touchpoints", "POST", touchpoints, j, TOUCHPOINT.replace("\"summary\":\"Check-in\",", ""), 400, "summary"));
        cases.add(new Case("unknown sentiment", "POST /accounts/{key}/touchpoints", "POST", touchpoints, j, TOUCHPOINT.replace("positive", "ecstatic"), 400, "sentiment"));
        cases.add(new Case("non-ISO instant", "POST /accounts/{key}/touchpoints", "POST", touchpoints, j, TOUCHPOINT.replace("2025-01-15T10:00:00Z", "yesterday"), 400, "occurredAt"));
        cases.add(new Case("unknown account", "POST /accounts/{key}/touchpoints", "POST", "/accounts/NOPE/touchpoints", j, TOUCHPOINT, 404, null));
        cases.add(new Case("rating 6", "POST /csat", "POST", "/csat", j, CSAT.replace("\"rating\":4", "\"rating\":6"), 400, "rating"));
        cases.add(new Case("rating 0", "POST /csat", "POST", "/csat", j, CSAT.replace("\"rating\":4", "\"rating\":0"), 400, "rating"));
        cases.add(new Case("rating as text", "POST /csat", "POST", "/csat", j, CSAT.replace("\"rating\":4", "\"rating\":\"4\""), 400, "rating"));
        cases.add(new Case("missing external id", "POST /csat", "POST", "/csat", j, CSAT.replace("\"externalId\":\"c-1\",", ""), 400, "externalId"));
        cases.add(new Case("unknown source", "POST /csat", "POST", "/csat", j, CSAT.replace("IMPORT", "FAX"), 400, "source"));
        cases.add(new Case("unknown account", "POST /csat", "POST", "/csat", j, CSAT.replace("PLANS1", "NOPE"), 400, "accountKey"));
        cases.add(new Case("answered in the future", "POST /csat", "POST", "/csat", j, CSAT.replace("2025", "2999"), 400, "answeredAt"));
        cases.add(new Case("no rows", "POST /csat/bulk", "POST", "/csat/bulk", j, "{}", 400, "rows"));
        cases.add(new Case("one bad row", "POST /csat/bulk", "POST", "/csat/bulk", j, "{\"rows\":[" + CSAT + "," + CSAT.replace("c-1", "c-2").replace("\"rating\":4", "\"rating\":9") + "]}", 400, "rows[1].rating"));
        cases.add(new Case("too many rows", "POST /csat/bulk", "POST", "/csat/bulk", j, "{\"rows\":[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]}", 400, "rows"));
        cases.add(new Case("score 11", "POST /nps", "POST", "/nps", j, NPS.replace("\"score\":9", "\"score\":11"), 400, "score"));
        cases.add(new Case("negative score", "POST /nps", "POST", "/nps", j, NPS.replace("\"score\":9", "\"score\":-1"), 400, "score"));
        cases.add(new Case("fractional score", "POST /nps", "POST", "/nps", j, NPS.replace("\"score\":9", "\"score\":8.5"), 400, "score"));
        cases.add(new Case("unknown account", "POST /nps", "POST", "/nps", j, NPS.replace("PLANS1", "NOPE"), 400, "accountKey"));
        cases.add(new Case("one bad row", "POST /nps/bulk", "POST", "/nps/bulk", j, "{\"rows\":[" + NPS + "," + NPS.replace("n-1", "n-2").replace("IMPORT", "FAX") + "]}", 400, "rows[1].source"));
        cases.add(new Case("rows not a list", "POST /nps/bulk", "POST", "/nps/bulk", j, "{\"rows\":" + NPS + "}", 400, "rows"));
        String arr = "/revenue/arr";
        cases.add(new Case("bad month", "POST /revenue/arr", "POST", arr, j, "{\"rows\":[" + ARR + "," + ARR.replace("2024-06", "2024-05") + "," + ARR.replace("2024-06", "2024-04") + "," + ARR.replace("2024-06", "2024-13") + "]}", 400, "rows[3].month"));
        cases.add(new Case("month in the future", "POST /revenue/arr", "POST", arr, j, "{\"rows\":[" + ARR.replace("2024-06", "2999-01") + "]}", 400, "rows[0].month"));
        cases.add(new Case("negative ARR", "POST /revenue/arr", "POST", arr, j, "{\"rows\":[" + ARR.replace("1250000", "-1") + "]}", 400, "rows[0].arrMinorUnits"));
        cases.add(new Case("overflowing ARR", "POST /revenue/arr", "POST", arr, j, "{\"rows\":[" + ARR.replace("1250000", "9223372036854775808") + "]}", 400, "rows[0].arrMinorUnits"));
        cases.add(new Case("unknown currency", "POST /revenue/arr", "POST", arr, j, "{\"rows\":[" + ARR.replace("EUR", "EUX") + "]}", 400, "rows[0].currency"));
        cases.add(new Case("repeated account and month", "POST /revenue/arr", "POST", arr, j, "{\"rows\":[" + ARR + "," + ARR + "]}", 400, "rows[1].month"));
        cases.add(new Case("unknown account", "POST /revenue/arr", "POST", arr, j, "{\"rows\":[" + ARR.replace("PLANS1", "NOPE") + "]}", 400, "rows[0].accountKey"));
        cases.add(new Case("no rows", "POST /revenue/arr", "POST", arr, j, "{}", 400, "rows"));
        cases.add(new Case("finance without edit rights", "POST /revenue/arr", "finance:POST", arr, j, "{\"rows\":[" + ARR + "]}", 403, null));
        String inputs = "/accounts/PLANS1/inputs/";
        String input = "PUT /accounts/{key}/inputs/{measure}";
        cases.add(new Case("sentiment 6", input, "PUT", inputs + "csm-sentiment", j, "{\"value\":6}", 400, "value"));
        cases.add(new Case("fractional sentiment", input, "PUT", inputs + "csm-sentiment", j, "{\"value\":3.5}", 400, "value"));
        cases.add(new Case("missing value", input, "PUT", inputs + "csm-sentiment", j, "{}", 400, "value"));
        cases.add(new Case("value as text", input, "PUT", inputs + "usage", j, "{\"value\":\"high\"}", 400, "value"));
        cases.add(new Case("huge exponent", input, "PUT", inputs + "usage", j, "{\"value\":1e999999999}", 400, "value"));
        cases.add(new Case("negative sample size", input, "PUT", inputs + "usage", j, "{\"value\":12.5,\"sampleSize\":-1}", 400, "sampleSize"));
        cases.add(new Case("observed in the future", input, "PUT", inputs + "usage", j, "{\"value\":1,\"observedAt\":\"2999-01-01T00:00:00Z\"}", 400, "observedAt"));
        cases.add(new Case("sample size on sentiment", input, "PUT", inputs + "csm-sentiment", j, "{\"value\":3,\"sampleSize\":2}", 400, "sampleSize"));
        cases.add(new Case("unknown measure name", input, "PUT", inputs + "Not%20A%20Metric", j, "{\"value\":1}", 404, null));
        cases.add(new Case("unknown account", input, "PUT", "/accounts/NOPE/inputs/usage", j, "{\"value\":1}", 404, null));
        return cases;
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
        String rules = "{\"scoreDropPoints\":15,\"scoreDropDays\":30,\"lowCsatMaxRating\":2,\"csatLookbackDays\":30,"
                + "\"renewalAtRiskDays\":90,\"noTouchpointDays\":30,\"promoterLookbackDays\":30,\"usageGrowthPercent\":20.0,\"version\":0}";
        cases.add(new Case("drop of 0 points", "PUT /cta-rules", "PUT", "/cta-rules", "application/json",
                rules.replace("\"scoreDropPoints\":15", "\"scoreDropPoints\":0"), 400, "scoreDropPoints"));
        cases.add(new Case("negative growth", "PUT /cta-rules", "PUT", "/cta-rules", "application/json",
                rules.replace("20.0", "-1"), 400, "usageGrowthPercent"));
        cases.add(new Case("no version", "PUT /cta-rules", "PUT", "/cta-rules", "application/json",
                rules.replace(",\"version\":0", ""), 400, "version"));
        cases.add(new Case("days as text", "PUT /cta-rules", "PUT", "/cta-rules", "application/json",
                rules.replace("\"scoreDropDays\":30", "\"scoreDropDays\":\"a month\""), 400, "scoreDropDays"));
        String survey = "{\"companyName\":\"Example Ltd\",\"trustedProxies\":[\"10.0.0.1\"]}";
        cases.add(new Case("proxy host name", "PUT /config/survey", "PUT", "/config/survey", "application/json",
                survey.replace("10.0.0.1", "proxy.example.com"), 400, "trustedProxies"));
        cases.add(new Case("missing proxies", "PUT /config/survey", "PUT", "/config/survey", "application/json",
                "{\"companyName\":\"Example Ltd\"}", 400, "trustedProxies"));
        cases.add(new Case("company name too long", "PUT /config/survey", "PUT", "/config/survey", "application/json",
                survey.replace("Example Ltd", "x".repeat(101)), 400, "companyName"));
        cases.add(new Case("extra survey field", "PUT /config/survey", "PUT", "/config/survey", "application/json",
                survey.replace("{", "{\"linkDays\":7,"), 400, "linkDays"));
        cases.add(new Case("null proxy", "PUT /config/survey", "PUT", "/config/survey", "application/json",
                survey.replace("\"10.0.0.1\"", "null"), 400, "trustedProxies[0]"));
        cases.add(new Case("link lifetime of a year", "PUT /config/survey", "PUT", "/config/survey", "application/json",
                survey.replace("{", "{\"linkLifetimeDays\":365,"), 400, "linkLifetimeDays"));
        cases.add(new Case("link lifetime as text", "PUT /config/survey", "PUT", "/config/survey", "application/json",
                survey.replace("{", "{\"linkLifetimeDays\":\"long\","), 400, "linkLifetimeDays"));
        String tiers = "{\"tiers\":[\"Enterprise\",\"Mid-Market\",\"SMB\"]}";
        cases.add(new Case("no tiers", "PUT /config/tiers", "PUT", "/config/tiers", "application/json",
                "{\"tiers\":[]}", 400, "tiers"));
        cases.add(new Case("tiers missing", "PUT /config/tiers", "PUT", "/config/tiers", "application/json",
                "{}", 400, "tiers"));
        cases.add(new Case("tier listed twice", "PUT /config/tiers", "PUT", "/config/tiers", "application/json",
                tiers.replace("\"SMB\"", "\"smb\",\"SMB\""), 400, "tiers"));
        cases.add(new Case("tier name of 41 characters", "PUT /config/tiers", "PUT", "/config/tiers", "application/json",
                tiers.replace("SMB", "x".repeat(41)), 400, "tiers"));
        cases.add(new Case("tiers as text", "PUT /config/tiers", "PUT", "/config/tiers", "application/json",
                "{\"tiers\":\"SMB\"}", 400, "tiers"));
        cases.add(new Case("extra tier field", "PUT /config/tiers", "PUT", "/config/tiers", "application/json",
                tiers.replace("{", "{\"order\":1,"), 400, "order"));
        String automation = "{\"accountCustomFieldId\":\"customfield_10200\",\"projectDefaultAccounts\":{\"SUP\":\"ACME\"},"
                + "\"ctaProject\":{\"projectKey\":\"CS\",\"issueTypeId\":\"10001\",\"runAsUserKey\":\"csm\"},"
                + "\"surveyProjectKeys\":[\"SUP\"]}";
        cases.add(new Case("bad default project", "PUT /config/automation", "PUT", "/config/automation", "application/json",
                automation.replace("{\"SUP\":\"ACME\"}", "{\"not a key\":\"ACME\"}"), 400, "projectDefaultAccounts"));
        cases.add(new Case("bad default account", "PUT /config/automation", "PUT", "/config/automation", "application/json",
                automation.replace("\"SUP\":\"ACME\"", "\"SUP\":\"acme corp\""), 400, "projectDefaultAccounts.SUP"));
        cases.add(new Case("missing survey projects", "PUT /config/automation", "PUT", "/config/automation",
                "application/json", automation.replace(",\"surveyProjectKeys\":[\"SUP\"]", ""), 400, "surveyProjectKeys"));
        cases.add(new Case("non-numeric issue type", "PUT /config/automation", "PUT", "/config/automation",
                "application/json", automation.replace("10001", "Task"), 400, "ctaProject"));
        cases.add(new Case("custom field by name", "PUT /config/automation", "PUT", "/config/automation",
                "application/json", automation.replace("customfield_10200", "Customer account"), 400, "accountCustomFieldId"));
        cases.add(new Case("custom field id too long", "PUT /config/automation", "PUT", "/config/automation",
                "application/json", automation.replace("10200", "1".repeat(300)), 400, "accountCustomFieldId"));
        cases.add(new Case("issue type kinds by name", "PUT /config/automation", "PUT", "/config/automation",
                "application/json", automation.replace("]}", "],\"issueTypeKinds\":{\"Bug\":\"defect\"}}"), 400,
                "issueTypeKinds"));
        cases.add(new Case("unknown ticket kind", "PUT /config/automation", "PUT", "/config/automation",
                "application/json", automation.replace("]}", "],\"issueTypeKinds\":{\"10004\":\"bug\"}}"), 400,
                "issueTypeKinds.10004"));
        cases.add(new Case("extra automation field", "PUT /config/automation", "PUT", "/config/automation",
                "application/json", automation.replace("{\"accountCustomFieldId\"", "{\"debug\":true,\"accountCustomFieldId\""),
                400, "debug"));
        String measures = "\"amberFrom\":50,\"greenFrom\":75,\"measures\":[{\"id\":\"OPEN_TICKETS\",\"weight\":1,"
                + "\"redBound\":15,\"greenBound\":2,\"windowDays\":0,\"minimumSample\":0}]";
        String scorecard = "{\"basedOnVersion\":\"builtin-1\"," + measures + "}";
        cases.add(new Case("weight 0", "PUT /scorecard", "PUT", "/scorecard", "application/json",
                scorecard.replace("\"weight\":1", "\"weight\":0"), 400, "measures[0].weight"));
        cases.add(new Case("unknown measure", "PUT /scorecard", "PUT", "/scorecard", "application/json",
                scorecard.replace("OPEN_TICKETS", "HAPPINESS"), 400, "measures[0].id"));
        cases.add(new Case("equal bounds", "PUT /scorecard", "PUT", "/scorecard", "application/json",
                scorecard.replace("\"greenBound\":2", "\"greenBound\":15"), 400, "measures[0].greenBound"));
        cases.add(new Case("amber above green", "PUT /scorecard", "PUT", "/scorecard", "application/json",
                scorecard.replace("\"amberFrom\":50", "\"amberFrom\":80"), 400, "greenFrom"));
        cases.add(new Case("no measure", "PUT /scorecard", "PUT", "/scorecard", "application/json",
                "{\"basedOnVersion\":\"builtin-1\",\"amberFrom\":50,\"greenFrom\":75,\"measures\":[]}", 400, "measures"));
        cases.add(new Case("missing version", "PUT /scorecard", "PUT", "/scorecard", "application/json",
                "{" + measures + "}", 400, "basedOnVersion"));
        cases.add(new Case("validity on a computed measure", "PUT /scorecard", "PUT", "/scorecard", "application/json",
                scorecard.replace("\"minimumSample\":0", "\"minimumSample\":0,\"validityDays\":30"), 400,
                "measures[0].validityDays"));
        cases.add(new Case("extra scorecard field", "PUT /scorecard", "PUT", "/scorecard", "application/json",
                scorecard.replace("{\"basedOnVersion\"", "{\"debug\":true,\"basedOnVersion\""), 400, "debug"));
        cases.add(new Case("weight not a number", "POST /scorecard/preview", "POST", "/scorecard/preview",
                "application/json", "{" + measures.replace("\"weight\":1", "\"weight\":\"heavy\"") + "}", 400,
                "measures[0].weight"));
        cases.add(new Case("too many accounts", "POST /scorecard/preview", "POST", "/scorecard/preview", "application/json",
                "{\"accounts\":[\"A1\",\"A2\",\"A3\",\"A4\",\"A5\",\"A6\"]," + measures + "}", 400, "accounts"));
        cases.add(new Case("missing thresholds", "POST /scorecard/preview", "POST", "/scorecard/preview",
                "application/json", "{" + measures.replace("\"amberFrom\":50,", "") + "}", 400, "amberFrom"));
        cases.addAll(moreCases());
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
        cases.add(new Case("unknown CTA", "POST /ctas/{id}/close", "POST", "/ctas/no-such-cta/close", "application/json",
                "{\"reason\":\"renewed\"}", 404, null));

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
        awaitAccountChanges();   // fixtures of earlier cases are being refreshed in the background
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
                + client.get("admin", "/config").body() + client.get("admin", "/config/automation").body();
    }

    private static String abbreviated(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
