package io.successdesk.rest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue panel, the manual link, health, CTAs and backfill over real HTTP, against the sandbox's seeded accounts
 * (ACME, GLOBEX, INITECH) and the ledger rows of SUP-1..3.
 */
class PanelApiHttpTest extends SandboxRestTest {

    @Test
    void shouldShowTheMatchedAccountWithoutArrToAnAgent() {
        JsonObject panel = ok(client.get("agent", "/panel/SUP-1"));
        assertThat(panel.get("state").getAsString()).isEqualTo("matched");
        assertThat(panel.get("matchedBy").getAsString()).isEqualTo("email-domain");
        JsonObject account = panel.getAsJsonObject("account");
        assertThat(account.get("key").getAsString()).isEqualTo("ACME");
        assertThat(account.get("name").getAsString()).isEqualTo("Acme Corporation");
        assertThat(account.get("tier").getAsString()).isEqualTo("Enterprise");
        assertThat(account.get("csmUserKey").getAsString()).isEqualTo("csm");
        assertThat(account.get("openTickets").getAsInt()).isEqualTo(1);
        assertThat(account.getAsJsonObject("csat").get("status").getAsString()).isEqualTo("no-data");
        assertThat(account.getAsJsonObject("health").has("day")).as("seeded snapshot").isTrue();
        assertThat(account.has("arr")).isFalse();
    }

    @Test
    void shouldShowArrOnlyToFinancialViewers() {
        JsonObject account = ok(client.get("admin", "/panel/SUP-1")).getAsJsonObject("account");
        assertThat(account.getAsJsonObject("arr").get("minorUnits").getAsLong()).isEqualTo(48_000_000L);
        assertThat(client.get("csm", "/panel/SUP-1").body()).doesNotContain("\"arr\"").doesNotContain("48000000");
    }

    @Test
    void shouldAnswerNotFoundForAnIssueTheCallerMayNotBrowseOrThatDoesNotExist() {
        assertThat(client.get("viewer", "/panel/SUP-1").statusCode()).isEqualTo(404);
        assertThat(client.get("agent", "/panel/SUP-404").statusCode()).isEqualTo(404);
        assertThat(client.get("agent", "/panel/SUP-404").body()).doesNotContain("Exception");
    }

    @Test
    void shouldLinkAndUnlinkAnIssueByHandWithAnAuditTrail() {
        HttpResponse<String> linked = client.json("csm", "PUT", "/issues/SUP-2/account", "{\"accountKey\":\"INITECH\"}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        JsonObject panel = ok(client.get("agent", "/panel/SUP-2"));
        assertThat(panel.get("matchedBy").getAsString()).isEqualTo("manual-link");
        assertThat(panel.getAsJsonObject("account").get("key").getAsString()).isEqualTo("INITECH");
        assertThat(client.get("admin", "/audit?limit=5").body()).contains("issue.link").contains("account=INITECH");

        assertThat(client.send("csm", "DELETE", "/issues/SUP-2/account", null, null).statusCode()).isEqualTo(204);
        panel = ok(client.get("agent", "/panel/SUP-2"));
        assertThat(panel.get("matchedBy").getAsString()).isEqualTo("email-domain");
        assertThat(panel.getAsJsonObject("account").get("key").getAsString()).isEqualTo("GLOBEX");
        assertThat(client.get("admin", "/audit?limit=5").body()).contains("issue.unlink");
        assertThat(client.json("csm", "PUT", "/issues/SUP-2/account", "{\"accountKey\":\"NOPE\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldExplainHealthAndKeepAnOverrideBesideTheComputedScore() {
        JsonObject health = ok(client.get("viewer", "/accounts/GLOBEX/health"));
        assertThat(health.getAsJsonArray("breakdown")).isNotEmpty();
        JsonObject line = health.getAsJsonArray("breakdown").get(0).getAsJsonObject();
        assertThat(line.has("measure") && line.has("status") && line.has("weight") && line.has("n")
                && line.has("contribution") && line.has("effectiveWeight")).as(line.toString()).isTrue();
        assertThat(ok(client.get("viewer", "/accounts/GLOBEX/health/history")).getAsJsonArray("days"))
                .as("the sandbox seeds two weeks of daily snapshots").hasSize(14);

        HttpResponse<String> set = client.json("csm", "PUT", "/accounts/GLOBEX/health/override",
                "{\"band\":\"red\",\"reason\":\"Champion left\",\"expiresOn\":\"2099-01-01\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        health = ok(client.get("viewer", "/accounts/GLOBEX/health"));
        assertThat(health.get("band").getAsString()).isEqualTo("red");
        assertThat(health.getAsJsonObject("override").get("reason").getAsString()).isEqualTo("Champion left");
        assertThat(health.get("computedScore").getAsDouble()).as("the computed score stays beside the override")
                .isBetween(0.0, 100.0);
        assertThat(health.getAsJsonArray("breakdown")).as("an overridden account is still explained").isNotEmpty();
        assertThat(client.get("admin", "/audit?limit=50").body()).contains("health.override.set");

        assertThat(client.send("csm", "DELETE", "/accounts/GLOBEX/health/override", null, null).statusCode()).isEqualTo(204);
        assertThat(ok(client.get("viewer", "/accounts/GLOBEX/health")).has("override")).isFalse();
        assertThat(client.get("admin", "/audit?limit=50").body()).contains("health.override.clear");
    }

    @Test
    void shouldListCtasPerAccountAndStartABackfill() {
        // The sandbox evaluates the real CTA rules for its seeded accounts: ACME's renewal in 75 days raises a reminder.
        JsonObject page = ok(client.get("viewer", "/ctas?account=ACME&status=open,snoozed,closed&limit=500"));
        assertThat(page.getAsJsonArray("ctas")).isNotEmpty().hasSize((int) page.get("total").getAsLong());
        page.getAsJsonArray("ctas").forEach(cta ->
                assertThat(cta.getAsJsonObject().get("accountKey").getAsString()).isEqualTo("ACME"));
        String closing = page.getAsJsonArray("ctas").get(0).getAsJsonObject().get("id").getAsString();
        HttpResponse<String> closed = client.json("csm", "POST", "/ctas/" + closing + "/close", "{\"reason\":\"called them\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonObject closedPage = ok(client.get("viewer", "/ctas?account=ACME&status=closed"));
        assertThat(closedPage.getAsJsonArray("ctas")).as("the CTA just closed is listed as closed")
                .anySatisfy(cta -> assertThat(cta.getAsJsonObject().get("id").getAsString()).isEqualTo(closing))
                .allSatisfy(cta -> assertThat(cta.getAsJsonObject().get("status").getAsString()).isEqualTo("closed"));
        assertThat(client.get("viewer", "/ctas").body()).contains("\"account\"");
        assertThat(client.get("viewer", "/ctas?account=ACME&status=dormant").body()).contains("\"status\"");

        assertThat(ok(client.get("admin", "/backfill")).get("state").getAsString()).isEqualTo("never-run");
        HttpResponse<String> started = client.json("admin", "POST", "/backfill", "{\"projects\":[\"SUP\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonObject running = ok(client.get("admin", "/backfill"));
        assertThat(running.get("state").getAsString()).isEqualTo("running");
        assertThat(running.get("total").getAsLong()).as("the job counts the issues, not the request").isZero();
        assertThat(running.has("secondsLeft") && !running.get("secondsLeft").isJsonNull()).as("no pace yet").isFalse();
    }

    @Test
    void shouldSendCtaFactsAndNoEnglishExplanationInThePanelAndTheCtaList() {
        JsonObject account = ok(client.get("agent", "/panel/SUP-1")).getAsJsonObject("account");
        assertThat(account.getAsJsonArray("openCtas")).as("the seed's health refresh raised CTAs for ACME").isNotEmpty();
        account.getAsJsonArray("openCtas").forEach(cta -> {
            assertThat(cta.getAsJsonObject().has("explanation")).isFalse();
            assertThat(cta.getAsJsonObject().get("facts").isJsonObject()).as(cta.toString()).isTrue();
        });

        JsonObject page = ok(client.get("viewer", "/ctas?account=ACME&status=open,snoozed,closed&limit=500"));
        String renewal = LocalDate.now(ZoneOffset.UTC).plusDays(75).toString();   // the seed's renewal date
        List<JsonObject> renewals = new ArrayList<>();
        page.getAsJsonArray("ctas").forEach(element -> {
            JsonObject cta = element.getAsJsonObject();
            assertThat(cta.has("explanation")).isFalse();
            assertThat(cta.get("facts").isJsonObject()).isTrue();
            if (cta.get("reason").getAsString().startsWith("renewal-")) {
                renewals.add(cta);
            }
        });
        assertThat(renewals).as("renewal in 75 days: a reminder").isNotEmpty().allSatisfy(cta -> {
            JsonObject facts = cta.getAsJsonObject("facts");
            assertThat(facts.get("renewalDate").getAsString()).isEqualTo(renewal);
            assertThat(facts.toString()).as("a date, no frozen day count").doesNotContain("75");
        });
    }

    @Test
    void shouldSnoozeAndCloseARealCtaOfASeededAccount() {
        JsonObject open = ok(client.get("csm", "/ctas?account=ACME&status=open"));
        assertThat(open.getAsJsonArray("ctas")).as("the seed's health refresh raised CTAs for ACME").isNotEmpty();
        String id = open.getAsJsonArray("ctas").get(0).getAsJsonObject().get("id").getAsString();

        assertThat(client.json("viewer", "POST", "/ctas/" + id + "/snooze",
                "{\"until\":\"2099-01-01\",\"reason\":\"after the QBR\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> snoozed = client.json("csm", "POST", "/ctas/" + id + "/snooze",
                "{\"until\":\"2099-01-01\",\"reason\":\"after the QBR\"}");
        assertThat(snoozed.statusCode()).as(snoozed.body()).isEqualTo(200);
        assertThat(snoozed.body()).containsIgnoringCase("snoozed").contains("after the QBR");

        HttpResponse<String> unexplained = client.json("csm", "POST", "/ctas/" + id + "/close", "{\"reason\":\" \"}");
        assertThat(unexplained.statusCode()).as("a close needs its reason").isEqualTo(400);
        assertThat(unexplained.body()).contains("reason");
        HttpResponse<String> closed = client.json("csm", "POST", "/ctas/" + id + "/close", "{\"reason\":\"renewed\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(closed.body()).containsIgnoringCase("closed");
        assertThat(client.json("csm", "POST", "/ctas/" + id + "/snooze",
                "{\"until\":\"2099-01-01\",\"reason\":\"again\"}").statusCode()).as("closed is final").isEqualTo(409);
    }

    @Test
    void shouldSayWhyAnIssueHasNoAccountAndLetAnAgentLinkIt() throws Exception {
        String unmatched = createTicket("pat@nowhere.example");
        JsonObject panel = ok(client.get("agent", "/panel/" + unmatched));
        assertThat(panel.get("state").getAsString()).isEqualTo("unmatched");
        assertThat(panel.get("reason").getAsString()).isEqualTo("no-rule-matched");
        assertThat(panel.has("account")).isFalse();

        assertThat(client.json("admin", "POST", "/accounts", RestClient.account("AMBI")
                .replace("ambi.example.com", "initech.example")).statusCode()).isEqualTo(201);
        String ambiguous = createTicket("kim@initech.example");
        panel = ok(client.get("agent", "/panel/" + ambiguous));
        assertThat(panel.get("state").getAsString()).isEqualTo("ambiguous");
        assertThat(panel.getAsJsonArray("candidates").toString()).isEqualTo("[\"AMBI\",\"INITECH\"]");
        assertThat(panel.get("reason").getAsString()).as("a code, not an English sentence").isEqualTo("domain-claimed-twice");
        assertThat(panel.getAsJsonArray("claimed").toString()).isEqualTo("[\"initech.example\"]");

        awaitThat("both issues listed for the admins", () -> {
            String body = client.get("admin", "/unmatched-issues").body();
            return body.contains("\"" + unmatched + "\"") && body.contains("\"" + ambiguous + "\"");
        });
        JsonObject listed = ok(client.get("admin", "/unmatched-issues"));
        assertThat(listed.get("total").getAsLong()).isEqualTo(2);
        assertThat(listed.has("next")).as("one page").isFalse();
        JsonObject first = listed.getAsJsonArray("items").get(0).getAsJsonObject();
        JsonObject second = listed.getAsJsonArray("items").get(1).getAsJsonObject();
        assertThat(first.get("issueKey").getAsString()).isEqualTo(unmatched);
        assertThat(first.get("state").getAsString()).isEqualTo("unmatched");
        assertThat(first.get("reason").getAsString()).as("as the panel says it").isEqualTo("no-rule-matched");
        assertThat(second.get("issueKey").getAsString()).isEqualTo(ambiguous);
        assertThat(second.get("reason").getAsString()).isEqualTo("domain-claimed-twice");
        assertThat(second.getAsJsonArray("candidates").toString()).isEqualTo("[\"AMBI\",\"INITECH\"]");
        JsonObject paged = ok(client.get("admin", "/unmatched-issues?limit=1"));
        assertThat(paged.get("next").getAsLong()).isEqualTo(first.get("issueId").getAsLong());
        assertThat(ok(client.get("admin", "/unmatched-issues?limit=1&after=" + paged.get("next"))).getAsJsonArray("items")
                .get(0).getAsJsonObject().get("issueKey").getAsString()).isEqualTo(ambiguous);
        for (String caller : java.util.List.of("csm", "agent", "viewer")) {
            assertThat(client.get(caller, "/unmatched-issues").statusCode()).as(caller + ": admins only").isEqualTo(403);
        }
        assertThat(client.get("admin", "/unmatched-issues?limit=101").statusCode()).isEqualTo(400);
        assertThat(client.get("admin", "/unmatched-issues?after=x").body()).contains("\"after\"");

        // linking needs the right to view accounts (issue 10), so the CSM links what the agent sees unmatched
        assertThat(client.json("csm", "PUT", "/issues/" + unmatched + "/account", "{\"accountKey\":\"ACME\"}")
                .statusCode()).isEqualTo(200);
        panel = ok(client.get("agent", "/panel/" + unmatched));
        assertThat(panel.get("matchedBy").getAsString()).isEqualTo("manual-link");
        awaitAccountChanges();
        assertThat(ok(client.get("admin", "/unmatched-issues")).getAsJsonArray("items").toString())
                .as("linked: off the list").doesNotContain(unmatched).contains(ambiguous);
    }

    /** Creates a support ticket through the sandbox's ticket page (as Jira would) and answers its key. */
    private static String createTicket(String reporter) throws Exception {
        String form = "action=create&summary=Panel&reporter=" + URLEncoder.encode(reporter, StandardCharsets.UTF_8);
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUrl() + "/sandbox/tickets"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(302);
        return "SUP-" + (4 + tickets++);
    }

    private static int tickets;

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
