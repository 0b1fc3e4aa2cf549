package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.successdesk.app.PageRequest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts over real HTTP: optimistic locking, paging, dry runs, export → import round trips, limits, errors. */
class AccountApiHttpTest extends SandboxRestTest {


    @Test
    void shouldAnswerConflictForAStaleVersionAndKeepTheNewerSave() {
        create("LOCK1");
        String update = RestClient.account("LOCK1").replace("Acme LOCK1", "First save").replaceFirst("\\{", "{\"version\":1,");
        HttpResponse<String> first = client.json("csm", "PUT", "/accounts/LOCK1", update.replace(
                "\"arr\":{\"minorUnits\":1250000,\"currency\":\"EUR\"},", ""));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(object(first).get("version").getAsLong()).isEqualTo(2);

        HttpResponse<String> stale = client.json("admin", "PUT", "/accounts/LOCK1", update.replace("First save", "Second"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("version 1").doesNotContain("Exception");
        assertThat(client.send("admin", "DELETE", "/accounts/LOCK1?version=1", null, null).statusCode()).isEqualTo(409);

        JsonObject stored = object(client.get("admin", "/accounts/LOCK1"));
        assertThat(stored.get("name").getAsString()).isEqualTo("First save");
        assertThat(stored.getAsJsonObject("arr").get("minorUnits").getAsLong())
                .as("a CSM who may not see ARR keeps it when saving").isEqualTo(1250000);
        assertThat(client.send("csm", "DELETE", "/accounts/LOCK1?version=2", null, null).statusCode()).isEqualTo(204);
        assertThat(client.get("admin", "/accounts/LOCK1").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldPageStablyWithoutGapsOrRepeats() {
        for (int i = 0; i < 23; i++) {
            create(String.format("PG%02d", i), "pager");
        }
        awaitAccountChanges();
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 7) {
            JsonObject page = object(client.get("viewer", "/accounts?csm=pager&sort=name&direction=desc&limit=7&offset=" + offset));
            assertThat(page.get("total").getAsLong()).isEqualTo(23);
            page.getAsJsonArray("items").forEach(item -> seen.add(item.getAsJsonObject().get("key").getAsString()));
            assertThat(client.get("viewer", "/accounts?csm=pager&sort=name&direction=desc&limit=7&offset=" + offset).body())
                    .as("the same page twice").isEqualTo(client.get("viewer",
                            "/accounts?csm=pager&sort=name&direction=desc&limit=7&offset=" + offset).body());
        }
        assertThat(seen).hasSize(23).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo("PG22");
        assertThat(client.get("viewer", "/accounts?limit=501").statusCode()).isEqualTo(400);
        assertThat(client.get("viewer", "/accounts?limit=abc").body()).contains("\"limit\"");
        assertThat(client.get("viewer", "/accounts?sort=arr").body()).contains("\"sort\"");
        assertThat(client.get("finance", "/accounts?sort=arr").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRoundTripExportThroughImportIdentically() {
        create("TRIP1");
        String tricky = RestClient.account("TRIP2").replace("Acme TRIP2", "=HYPERLINK(\\\"x\\\"), \\\"quoted\\\"; 😀 Ünïcode")
                .replace("\"plan\":\"gold\"", "\"plan\":\"'gold, \\\"best\\\"\",\"note\":\"+1\\nline two\"");
        assertThat(client.json("admin", "POST", "/accounts", tricky).statusCode()).isEqualTo(201);
        for (String format : List.of("csv", "json")) {
            String before = client.get("admin", "/export/accounts?format=" + format).body();
            deleteEverything();
            String contentType = format.equals("csv") ? "text/csv" : "application/json";
            HttpResponse<String> imported = client.send("admin", "POST", "/import/accounts", contentType, before);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(object(imported).get("committed").getAsBoolean()).isTrue();
            assertThat(client.get("admin", "/export/accounts?format=" + format).body()).isEqualTo(before);
        }
        String csmExport = client.get("csm", "/export/accounts?format=csv").body();
        assertThat(csmExport).doesNotContain("arrMinorUnits").doesNotContain("1250000");
        JsonObject reimport = object(client.send("csm", "POST", "/import/accounts", "text/csv", csmExport));
        assertThat(reimport.getAsJsonObject("counts").get("unchanged").getAsLong())
                .isEqualTo(reimport.getAsJsonArray("rows").size());
        assertThat(client.get("admin", "/accounts/TRIP1").body()).contains("1250000");
    }

    @Test
    void shouldReportEveryRowOfADryRunAndWriteNothing() {
        create("DRY1");
        String rows = "{\"accounts\":[" + RestClient.account("DRY2") + "," + RestClient.account("DRY1").replace("Acme DRY1", "Renamed")
                + "," + RestClient.account("DRY3").replace("\"tier\":\"Enterprise\"", "\"tier\":\"Platinum\"") + "]}";
        JsonObject preview = object(client.json("admin", "POST", "/import/accounts?dryRun=true", rows));
        assertThat(preview.get("committed").getAsBoolean()).isFalse();
        JsonArray report = preview.getAsJsonArray("rows");
        assertThat(report.get(0).getAsJsonObject().get("outcome").getAsString()).isEqualTo("created");
        assertThat(report.get(1).getAsJsonObject().get("outcome").getAsString()).isEqualTo("updated");
        assertThat(report.get(2).getAsJsonObject().getAsJsonObject("errors").has("tier")).isTrue();
        assertThat(client.get("admin", "/accounts/DRY2").statusCode()).isEqualTo(404);

        String valid = "{\"accounts\":[" + RestClient.account("DRY2") + "]}";
        JsonObject dry = object(client.json("admin", "POST", "/import/accounts?dryRun=true", valid));
        assertThat(dry.get("committed").getAsBoolean()).isFalse();
        assertThat(client.get("admin", "/accounts/DRY2").statusCode()).isEqualTo(404);
        assertThat(object(client.json("admin", "POST", "/import/accounts", valid)).get("committed").getAsBoolean()).isTrue();
        assertThat(client.get("admin", "/accounts/DRY2").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRejectTheWholeBatchWhenAKeyOrExternalIdRepeats() {
        String twice = "{\"accounts\":[" + RestClient.account("TWICE") + "," + RestClient.account("TWICE") + ","
                + RestClient.account("ONCE").replace("crm-ONCE", "crm-TWICE") + "]}";
        JsonObject report = object(client.json("admin", "POST", "/accounts/bulk", twice));

        assertThat(report.get("committed").getAsBoolean()).isFalse();
        JsonArray rows = report.getAsJsonArray("rows");
        assertThat(rows.get(0).getAsJsonObject().get("outcome").getAsString()).isEqualTo("created");
        assertThat(rows.get(1).getAsJsonObject().getAsJsonObject("errors").keySet()).containsExactly("key");
        assertThat(rows.get(2).getAsJsonObject().getAsJsonObject("errors").keySet()).containsExactly("externalId");
        assertThat(client.get("admin", "/accounts/TWICE").statusCode()).isEqualTo(404);
        assertThat(client.get("admin", "/accounts/ONCE").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldExportEveryAccountAcrossExportPagesOnceInKeyOrder() {
        StringBuilder csv = new StringBuilder("key,name,tier,lifecycleStage,contractStart\n");
        int created = PageRequest.MAX_LIMIT + 7;   // one full export page and a few rows of the next
        for (int i = 0; i < created; i++) {
            csv.append(String.format("EXP%04d", i)).append(",Exported ").append(i).append(",SMB,onboarding,2024-01-01\n");
        }
        HttpResponse<String> imported = client.send("admin", "POST", "/import/accounts", "text/csv", csv.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        try {
            long total = object(client.get("viewer", "/accounts?limit=1")).get("total").getAsLong();
            List<String> csvKeys = client.get("viewer", "/export/accounts?format=csv").body().lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(','))).toList();
            List<String> jsonKeys = new ArrayList<>();
            object(client.get("viewer", "/export/accounts?format=json")).getAsJsonArray("accounts")
                    .forEach(account -> jsonKeys.add(account.getAsJsonObject().get("key").getAsString()));
            for (List<String> keys : List.of(csvKeys, jsonKeys)) {
                assertThat(keys).hasSize((int) total).doesNotHaveDuplicates().isSorted()
                        .contains("EXP0000", String.format("EXP%04d", created - 1));
            }
        } finally {
            deleteEverything();
        }
    }

    @Test
    void shouldAcceptALargeImportButRefuseALargeOrdinaryBody() {
        String big = "x".repeat(2 * 1024 * 1024);
        HttpResponse<String> refused = client.json("admin", "POST", "/accounts", RestClient.account("BIG1").replace("Acme BIG1", big));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("\"body\"");
        StringBuilder csv = new StringBuilder("key,name,tier,lifecycleStage,contractStart,customAttributes\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("IMP").append(i).append(",Imported ").append(i).append(",SMB,onboarding,2024-01-01,\"{\"\"pad\"\":\"\"")
                    .append("p".repeat(700)).append("\"\"}\"\n");
        }
        HttpResponse<String> imported = client.send("admin", "POST", "/import/accounts?dryRun=true", "text/csv", csv.toString());
        assertThat(csv.length()).isGreaterThan(2 * 1024 * 1024);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(object(imported).getAsJsonObject("counts").get("created").getAsLong()).isEqualTo(3000);
    }

    @Test
    void shouldAnswerJsonWithoutInternalsForUnknownPathsAndMethods() {
        HttpResponse<String> unknown = client.get("admin", "/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("{").doesNotContain("Exception").doesNotContain("\tat ");
        HttpResponse<String> method = client.send("admin", "PATCH", "/accounts", "application/json", "{}");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.body()).startsWith("{");
    }

    @Test
    void shouldRefuseFormLikeMutationsWithoutTheXsrfToken() {
        create("XSRF1");
        HttpResponse<String> response = client.sendWithoutXsrfToken("csm", "DELETE", "/accounts/XSRF1?version=1",
                null, null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(client.get("admin", "/accounts/XSRF1").statusCode()).isEqualTo(200);
    }

    private static void create(String key) {
        HttpResponse<String> response = client.json("admin", "POST", "/accounts", RestClient.account(key));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void create(String key, String csm) {
        HttpResponse<String> response = client.json("admin", "POST", "/accounts",
                RestClient.account(key).replace("\"csmUserKey\":\"csm\"", "\"csmUserKey\":\"" + csm + "\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void deleteEverything() {
        JsonArray page;
        do {
            page = object(client.get("admin", "/accounts?limit=500")).getAsJsonArray("items");
            for (JsonElement account : page) {
                JsonObject item = account.getAsJsonObject();
                assertThat(client.send("admin", "DELETE", "/accounts/" + item.get("key").getAsString() + "?version="
                        + item.get("version").getAsLong(), null, null).statusCode()).isEqualTo(204);
            }
        } while (!page.isEmpty());
    }

    static JsonObject object(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Test
    void shouldListAnAccountWithOpenCallsToActionUntilTheyAreSnoozed() {
        assertThat(client.json("csm", "POST", "/accounts", RestClient.accountWithoutArr("OCTA1")).statusCode()).isEqualTo(201);
        try {
            awaitAccountChanges();
            JsonArray open = object(client.get("csm", "/ctas?account=OCTA1&status=open")).getAsJsonArray("ctas");
            assertThat(open).as("a new account without a touchpoint has a call to action").isNotEmpty();
            assertThat(keys(client.get("viewer", "/accounts?openCtas=true&q=OCTA1"))).containsExactly("OCTA1");

            String until = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(14).toString();
            for (JsonElement cta : open) {
                assertThat(client.json("csm", "POST", "/ctas/" + cta.getAsJsonObject().get("id").getAsString() + "/snooze",
                        "{\"until\":\"" + until + "\",\"reason\":\"after the QBR\"}").statusCode()).isEqualTo(200);
            }
            awaitAccountChanges();
            assertThat(object(client.get("csm", "/ctas?account=OCTA1&status=open")).getAsJsonArray("ctas")).isEmpty();
            assertThat(keys(client.get("viewer", "/accounts?openCtas=true&q=OCTA1"))).as("snoozed ones do not count")
                    .isEmpty();
            assertThat(keys(client.get("viewer", "/accounts?openCtas=false&q=OCTA1"))).containsExactly("OCTA1");
            assertThat(object(client.get("viewer", "/accounts?openCtas=yes")).getAsJsonObject("errors").get("openCtas")
                    .getAsString()).isEqualTo("must be true or false");
        } finally {
            long version = object(client.get("csm", "/accounts/OCTA1")).get("version").getAsLong();
            client.send("csm", "DELETE", "/accounts/OCTA1?version=" + version, null, null);
        }
    }

    private static java.util.List<String> keys(java.net.http.HttpResponse<String> page) {
        return object(page).getAsJsonArray("items").asList().stream()
                .map(item -> item.getAsJsonObject().get("key").getAsString()).toList();
    }
}
