package io.successdesk.rest;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission model of PRODUCT §10 for every endpoint × caller, from ONE table. A resource method without a row
 * (or a row without a method) fails the build; 2xx answers to callers who are no financial viewers must not carry
 * ARR, and answers to financial viewers must (so the check is not vacuous).
 */
class RestPermissionMatrixTest extends SandboxRestTest {

    /** The callers, in the order of each row's statuses; null is anonymous. */
    private static final List<String> CALLERS = List.of("anonymous", "outsider", "agent", "csm", "viewer", "finance", "admin");
    private static final Set<String> FINANCIAL = Set.of("finance", "admin");
    private static final String CONFIG = """
            {"supportProjectKeys":["SUP"],"csmGroups":["successdesk-csms"],"viewerGroups":["successdesk-viewers"],
             "financialViewerGroups":["successdesk-financial-viewers"]}""";
    private static final String OVERRIDE = "{\"band\":\"amber\",\"reason\":\"QBR went badly\",\"expiresOn\":\"2099-01-01\"}";

    /** A call with a fresh fixture account {@code key} (created by admin with ARR) available. */
    private record Call(String method, String path, String contentType, String body) {
        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call json(String method, String path, String body) {
            return new Call(method, path, "application/json", body);
        }
    }

    /** One row: endpoint, how to call it for fixture key k, statuses per caller, whether answers may carry ARR. */
    private record Row(String endpoint, Function<String, Call> call, List<Integer> statuses, boolean carriesArr) {
    }

    private static final List<Row> TABLE = List.of(
            new Row("GET /me", k -> Call.get("/me"), List.of(401, 200, 200, 200, 200, 200, 200), false),
            new Row("GET /accounts", k -> Call.get("/accounts?limit=500"), List.of(401, 404, 404, 200, 200, 200, 200), true),
            new Row("GET /accounts/{key}", k -> Call.get("/accounts/" + k), List.of(401, 404, 404, 200, 200, 200, 200), true),
            new Row("POST /accounts", k -> Call.json("POST", "/accounts", RestClient.accountWithoutArr(k + "N")),
                    List.of(401, 404, 404, 201, 403, 403, 201), false),
            new Row("PUT /accounts/{key}", k -> Call.json("PUT", "/accounts/" + k,
                    RestClient.accountWithoutArr(k).replaceFirst("\\{", "{\"version\":1,")),
                    List.of(401, 404, 404, 200, 403, 403, 200), false),
            new Row("DELETE /accounts/{key}", k -> new Call("DELETE", "/accounts/" + k + "?version=1", null, null),
                    List.of(401, 404, 404, 204, 403, 403, 204), false),
            new Row("POST /accounts/bulk", k -> Call.json("POST", "/accounts/bulk?by=key",
                    "{\"accounts\":[" + RestClient.accountWithoutArr(k) + "]}"), List.of(401, 404, 404, 200, 403, 403, 200), false),
            new Row("POST /import/accounts", k -> Call.json("POST", "/import/accounts?dryRun=true",
                    "{\"accounts\":[" + RestClient.accountWithoutArr(k) + "]}"), List.of(401, 404, 404, 200, 403, 403, 200), false),
            new Row("GET /export/accounts", k -> Call.get("/export/accounts?format=csv"),
                    List.of(401, 404, 404, 200, 200, 200, 200), true),
            new Row("GET /audit", k -> Call.get("/audit"), List.of(401, 403, 403, 403, 403, 403, 200), false),
            new Row("GET /config", k -> Call.get("/config"), List.of(401, 403, 403, 403, 403, 403, 200), false),
            new Row("PUT /config", k -> Call.json("PUT", "/config", CONFIG), List.of(401, 403, 403, 403, 403, 403, 200), false),
            // issue panel, issue link, health, CTAs, backfill (issue 6 part 2a)
            new Row("GET /panel/{issueKey}", k -> Call.get("/panel/SUP-1"), List.of(401, 404, 200, 200, 404, 404, 200), false),
            new Row("PUT /issues/{issueKey}/account", k -> Call.json("PUT", "/issues/SUP-3/account",
                    "{\"accountKey\":\"" + k + "\"}"), List.of(401, 404, 200, 200, 404, 404, 200), false),
            new Row("DELETE /issues/{issueKey}/account", k -> new Call("DELETE", "/issues/SUP-3/account", null, null),
                    List.of(401, 404, 204, 204, 404, 404, 204), false),
            new Row("GET /accounts/{key}/health", k -> Call.get("/accounts/" + k + "/health"),
                    List.of(401, 404, 404, 200, 200, 200, 200), false),
            new Row("GET /accounts/{key}/health/history", k -> Call.get("/accounts/" + k + "/health/history"),
                    List.of(401, 404, 404, 200, 200, 200, 200), false),
            new Row("PUT /accounts/{key}/health/override", k -> Call.json("PUT", "/accounts/" + k + "/health/override",
                    OVERRIDE), List.of(401, 404, 404, 200, 403, 403, 200), false),
            new Row("DELETE /accounts/{key}/health/override", k -> new Call("DELETE", "/accounts/" + k + "/health/override",
                    null, null), List.of(401, 404, 404, 204, 403, 403, 204), false),
            new Row("GET /ctas", k -> Call.get("/ctas?account=" + k), List.of(401, 404, 404, 200, 200, 200, 200), false),
            new Row("POST /ctas/{id}/snooze", k -> Call.json("POST", "/ctas/no-such-cta/snooze",
                    "{\"until\":\"2099-01-01\",\"reason\":\"holiday\"}"), List.of(401, 404, 404, 404, 403, 403, 404), false),
            new Row("POST /ctas/{id}/close", k -> Call.json("POST", "/ctas/no-such-cta/close", null),
                    List.of(401, 404, 404, 404, 403, 403, 404), false),
            new Row("POST /backfill", k -> Call.json("POST", "/backfill", "{\"projects\":[\"SUP\"]}"),
                    List.of(401, 403, 403, 403, 403, 403, 202), false),
            new Row("GET /backfill", k -> Call.get("/backfill"), List.of(401, 403, 403, 403, 403, 403, 200), false));

    private static final AtomicInteger fixtures = new AtomicInteger();

    @Test
    void shouldHaveExactlyOneRowPerResourceMethod() {
        List<String> rows = TABLE.stream().map(Row::endpoint).toList();
        assertThat(rows).doesNotHaveDuplicates();
        assertThat(Set.copyOf(rows)).as("rows of the permission table vs resource methods")
                .isEqualTo(RestEndpoints.declared());
        assertThat(TABLE).allSatisfy(row -> assertThat(row.statuses()).hasSize(CALLERS.size()));
    }

    @TestFactory
    List<DynamicTest> shouldAnswerEachCallerAsThePermissionModelSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : TABLE) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int expected = row.statuses().get(i);
                tests.add(DynamicTest.dynamicTest(row.endpoint() + " as " + caller + " → " + expected,
                        () -> check(row, caller, expected)));
            }
        }
        return tests;
    }

    private static void check(Row row, String caller, int expected) {
        String key = "PM" + fixtures.incrementAndGet();
        assertThat(client.json("admin", "POST", "/accounts", RestClient.account(key)).statusCode()).isEqualTo(201);
        Call call = row.call().apply(key);
        HttpResponse<String> response = client.send("anonymous".equals(caller) ? null : caller, call.method(),
                call.path(), call.contentType(), call.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        assertThat(response.body()).doesNotContain("\tat io.").doesNotContain("Exception");
        if (expected / 100 == 2) {
            if (!FINANCIAL.contains(caller)) {
                assertThat(response.body()).doesNotContain("\"arr\"").doesNotContain("arrMinorUnits")
                        .doesNotContain("1250000");
            } else if (row.carriesArr()) {
                assertThat(response.body()).contains("1250000");
            }
        }
    }

    static Map<String, Integer> statusesOf(String endpoint) {
        Map<String, Integer> byCaller = new LinkedHashMap<>();
        TABLE.stream().filter(row -> row.endpoint().equals(endpoint)).findFirst().ifPresent(row -> {
            for (int i = 0; i < CALLERS.size(); i++) {
                byCaller.put(CALLERS.get(i), row.statuses().get(i));
            }
        });
        return byCaller;
    }
}
