package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.successdesk.rest.AccountApiHttpTest.object;
import static org.assertj.core.api.Assertions.assertThat;

/** The scorecard editor's endpoints over real HTTP: read, preview without saving, save as a new audited version. */
class ScorecardApiHttpTest extends SandboxRestTest {

    /** Only open tickets count, 1 open ticket is red and none is green: ACME (SUP-1 open) 0, INITECH (none open) 100. */
    private static final String ONLY_OPEN_TICKETS = "\"amberFrom\":50,\"greenFrom\":75,\"measures\":[{\"id\":\"OPEN_TICKETS\","
            + "\"weight\":1,\"redBound\":1,\"greenBound\":0,\"windowDays\":0,\"minimumSample\":0}]";

    @Test
    void shouldReadTheScorecardInUseWithEveryBuiltInMeasureToTurnOn() {
        JsonObject scorecard = object(client.get("admin", "/scorecard"));
        assertThat(scorecard.get("version").getAsString()).isNotBlank();
        assertThat(scorecard.getAsJsonArray("available")).hasSize(15);
        JsonObject sentiment = find(scorecard.getAsJsonArray("available"), "CSM_SENTIMENT");
        assertThat(sentiment.get("validityDays").getAsInt()).isEqualTo(90);
        assertThat(find(scorecard.getAsJsonArray("available"), "NPS").has("validityDays")).isFalse();
    }

    @Test
    void shouldPreviewADraftOnTheLargestAccountsWithoutSavingIt() {
        awaitAccountChanges();
        String version = object(client.get("admin", "/scorecard")).get("version").getAsString();
        String audit = client.get("admin", "/audit?limit=1").body();

        JsonObject preview = okJson(client.json("admin", "POST", "/scorecard/preview", "{" + ONLY_OPEN_TICKETS + "}"));

        assertThat(preview.get("currentVersion").getAsString()).isEqualTo(version);
        JsonArray lines = preview.getAsJsonArray("accounts");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).getAsJsonObject().get("accountKey").getAsString()).as("largest ARR first").isEqualTo("ACME");
        JsonObject acme = lines.get(0).getAsJsonObject();
        assertThat(acme.getAsJsonObject("draft").get("score").getAsDouble()).isZero();
        assertThat(acme.getAsJsonObject("draft").get("band").getAsString()).isEqualTo("red");
        assertThat(acme.getAsJsonObject("draft").getAsJsonArray("reasons").toString()).isEqualTo("[\"OPEN_TICKETS\"]");
        assertThat(acme.getAsJsonObject("current").has("band")).as("the scorecard in use").isTrue();
        JsonObject initech = lines.get(2).getAsJsonObject().getAsJsonObject("draft");
        assertThat(initech.get("score").getAsDouble()).isEqualTo(100.0);
        assertThat(initech.getAsJsonArray("reasons")).isEmpty();

        JsonObject chosen = okJson(client.json("admin", "POST", "/scorecard/preview",
                "{\"accounts\":[\"INITECH\"]," + ONLY_OPEN_TICKETS + "}"));
        assertThat(chosen.getAsJsonArray("accounts")).hasSize(1);
        assertThat(object(client.get("admin", "/scorecard")).get("version").getAsString()).as("nothing saved").isEqualTo(version);
        assertThat(client.get("admin", "/audit?limit=1").body()).as("nothing audited").isEqualTo(audit);
        assertThat(client.json("admin", "POST", "/scorecard/preview", "{\"accounts\":[\"NOPE\"]," + ONLY_OPEN_TICKETS + "}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void shouldSaveANewAuditedVersionThatHealthUsesAndRefuseOneBasedOnAnOldVersion() {
        awaitAccountChanges();
        String before = object(client.get("admin", "/scorecard")).get("version").getAsString();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(object(client.get("csm", "/metrics/health")).getAsJsonArray("scorecardChanges").toString())
                .as("no scorecard saved yet").isEqualTo("[]");

        HttpResponse<String> saved = client.json("admin", "PUT", "/scorecard",
                "{\"basedOnVersion\":\"" + before + "\"," + ONLY_OPEN_TICKETS + "}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String after = object(saved).get("version").getAsString();
        assertThat(after).isNotEqualTo(before);
        assertThat(object(saved).getAsJsonArray("measures")).hasSize(1);
        assertThat(object(client.get("admin", "/scorecard")).get("version").getAsString()).isEqualTo(after);
        JsonObject entry = latestAudit("scorecard.update");
        assertThat(entry.get("subjectId").getAsString()).isEqualTo(after);
        assertThat(entry.get("actor").getAsString()).isEqualTo("admin");
        assertThat(entry.get("after").getAsString()).contains("OPEN_TICKETS(weight 1.0, red 1.0, green 0.0");
        JsonObject health = object(client.get("admin", "/accounts/ACME/health"));
        assertThat(health.get("scorecardVersion").getAsString()).isEqualTo(after);
        assertThat(health.get("computedScore").getAsDouble()).isZero();
        assertThat(object(client.get("csm", "/metrics/health")).getAsJsonArray("scorecardChanges").toString())
                .as("the distribution marks the day the scorecard changed").isEqualTo("[\"" + today + "\"]");
        assertThat(object(client.get("csm", "/metrics/health?from=2020-01-01&to=2020-01-31")).getAsJsonArray("scorecardChanges"))
                .isEmpty();

        HttpResponse<String> stale = client.json("admin", "PUT", "/scorecard",
                "{\"basedOnVersion\":\"" + before + "\"," + ONLY_OPEN_TICKETS + "}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(object(stale).getAsJsonObject("errors").has("basedOnVersion")).isTrue();
        awaitAccountChanges();
    }

    @Test
    void shouldNameTheFieldOfABadMeasure() {
        HttpResponse<String> response = client.json("admin", "POST", "/scorecard/preview",
                "{" + ONLY_OPEN_TICKETS.replace("\"weight\":1", "\"weight\":0").replace("\"greenBound\":0", "\"greenBound\":1") + "}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object(response).getAsJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("measures[0].weight", "measures[0].greenBound");
    }

    private static JsonObject find(JsonArray measures, String id) {
        for (var measure : measures) {
            if (measure.getAsJsonObject().get("id").getAsString().equals(id)) {
                return measure.getAsJsonObject();
            }
        }
        throw new AssertionError("no measure " + id);
    }
}
