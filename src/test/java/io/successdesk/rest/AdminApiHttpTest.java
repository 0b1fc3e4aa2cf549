package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.successdesk.rest.AccountApiHttpTest.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Configuration and audit log over real HTTP: changes take effect at once and every change is audited. */
class AdminApiHttpTest extends SandboxRestTest {

    private static final String CONFIG = "{\"supportProjectKeys\":[\"SUP\"],\"csmGroups\":[\"successdesk-csms\"],"
            + "\"viewerGroups\":[%s],\"financialViewerGroups\":[\"successdesk-financial-viewers\"]}";

    @Test
    void shouldApplyAndAuditAConfigurationChange() {
        assertThat(client.get("viewer", "/accounts").statusCode()).isEqualTo(200);

        HttpResponse<String> saved = client.json("admin", "PUT", "/config", CONFIG.formatted(""));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(object(saved).getAsJsonArray("viewerGroups")).isEmpty();
        assertThat(client.get("viewer", "/accounts").statusCode()).as("no longer a viewer").isEqualTo(404);
        JsonObject entry = object(client.get("admin", "/audit?limit=1")).getAsJsonArray("items").get(0).getAsJsonObject();
        assertThat(entry.get("action").getAsString()).isEqualTo("config.update");
        assertThat(entry.get("actor").getAsString()).isEqualTo("admin");
        assertThat(entry.get("before").getAsString()).contains("viewerGroups=[successdesk-viewers]");
        assertThat(entry.get("after").getAsString()).contains("viewerGroups=[]");

        assertThat(client.json("admin", "PUT", "/config", CONFIG.formatted("\"successdesk-viewers\"")).statusCode()).isEqualTo(200);
        assertThat(client.get("viewer", "/accounts").statusCode()).isEqualTo(200);
        assertThat(client.get("admin", "/config").body()).isEqualTo(CONFIG.formatted("\"successdesk-viewers\""));
    }

    @Test
    void shouldPageTheAuditLogNewestFirst() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.json("csm", "POST", "/accounts", RestClient.accountWithoutArr("AUD" + i)).statusCode()).isEqualTo(201);
        }
        JsonObject first = object(client.get("admin", "/audit?limit=2"));
        JsonObject second = object(client.get("admin", "/audit?limit=2&offset=2"));
        JsonArray newest = first.getAsJsonArray("items");
        assertThat(first.get("total").getAsLong()).isGreaterThanOrEqualTo(5);
        assertThat(newest.get(0).getAsJsonObject().get("subjectId").getAsString()).isEqualTo("AUD4");
        assertThat(newest.get(1).getAsJsonObject().get("subjectId").getAsString()).isEqualTo("AUD3");
        assertThat(second.getAsJsonArray("items").get(0).getAsJsonObject().get("subjectId").getAsString()).isEqualTo("AUD2");
        assertThat(newest.get(0).getAsJsonObject().get("actor").getAsString()).isEqualTo("csm");
        assertThat(client.get("admin", "/audit?offset=-1").body()).contains("\"offset\"");
    }

    @Test
    void shouldConfigureAccountMatchingCtaIssuesAndSurveysWithoutLosingTheOtherSettings() {
        String automation = "{\"accountCustomField\":\"Customer account\",\"projectDefaultAccounts\":{\"SUP\":\"ACME\"},"
                + "\"ctaProject\":{\"projectKey\":\"CS\",\"issueTypeId\":\"10001\",\"runAsUserKey\":\"csm\"},"
                + "\"surveyProjectKeys\":[\"SUP\"]}";
        HttpResponse<String> saved = client.json("admin", "PUT", "/config/automation", automation);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(client.get("admin", "/config/automation").body()).isEqualTo(automation);
        JsonObject entry = object(client.get("admin", "/audit?limit=1")).getAsJsonArray("items").get(0).getAsJsonObject();
        assertThat(entry.get("action").getAsString()).isEqualTo("config.matching.update");
        assertThat(entry.get("after").getAsString()).contains("accountFieldName=Customer account", "SUP=ACME");

        assertThat(client.json("admin", "PUT", "/config", CONFIG.formatted("\"successdesk-viewers\"")).statusCode())
                .isEqualTo(200);
        assertThat(client.get("admin", "/config/automation").body()).as("PUT /config keeps the automation settings")
                .isEqualTo(automation);

        String none = "{\"projectDefaultAccounts\":{},\"surveyProjectKeys\":[]}";
        assertThat(client.json("admin", "PUT", "/config/automation", none).statusCode()).isEqualTo(200);
        assertThat(client.get("admin", "/config/automation").body()).isEqualTo(none);
    }
}
