package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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

        awaitAccountChanges();
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
        assertThat(withoutRevision(client.get("admin", "/config").body())).isEqualTo(CONFIG.formatted("\"successdesk-viewers\""));
    }

    @Test
    void shouldPageTheAuditLogNewestFirst() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.json("csm", "POST", "/accounts", RestClient.accountWithoutArr("AUD" + i)).statusCode()).isEqualTo(201);
        }
        awaitAccountChanges();   // the worker audits the CTAs of the new accounts; then nothing writes while paging
        java.util.List<JsonObject> entries = new java.util.ArrayList<>();
        for (int offset = 0; offset < 40; offset += 2) {
            JsonObject page = object(client.get("admin", "/audit?limit=2&offset=" + offset));
            assertThat(page.get("total").getAsLong()).isGreaterThanOrEqualTo(5);
            page.getAsJsonArray("items").forEach(item -> entries.add(item.getAsJsonObject()));
        }
        assertThat(entries).as("pages neither overlap nor leave gaps").doesNotHaveDuplicates();
        assertThat(entries.stream().map(entry -> java.time.Instant.parse(entry.get("at").getAsString())).toList())
                .as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        java.util.List<JsonObject> creates = entries.stream()
                .filter(entry -> entry.get("action").getAsString().equals("account.create")).toList();
        assertThat(creates.stream().map(entry -> entry.get("subjectId").getAsString()).toList())
                .startsWith("AUD4", "AUD3", "AUD2", "AUD1", "AUD0");
        assertThat(creates.get(0).get("actor").getAsString()).isEqualTo("csm");
        assertThat(client.get("admin", "/audit?offset=-1").body()).contains("\"offset\"");
    }

    @Test
    void shouldPageTheAuditLogAfterEachPagesNextAsTheOffsetPagesDo() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.json("csm", "POST", "/accounts", RestClient.accountWithoutArr("AFT" + i)).statusCode()).isEqualTo(201);
        }
        awaitAccountChanges();
        JsonObject first = object(client.get("admin", "/audit?limit=3&subject=AFT2"));
        long total = first.get("total").getAsLong();
        java.util.List<String> byNext = new java.util.ArrayList<>();
        JsonObject page = object(client.get("admin", "/audit?limit=2"));
        long all = page.get("total").getAsLong();
        while (true) {
            page.getAsJsonArray("items").forEach(item -> byNext.add(item.toString()));
            if (!page.has("next")) {
                break;
            }
            assertThat(page.getAsJsonArray("items")).hasSize(2);
            page = object(client.get("admin", "/audit?limit=2&after=" + page.get("next").getAsString()));
            assertThat(page.has("total")).as("only the first page counts").isFalse();
        }
        java.util.List<String> byOffset = new java.util.ArrayList<>();
        for (int offset = 0; offset < all; offset += 50) {
            object(client.get("admin", "/audit?limit=50&offset=" + offset)).getAsJsonArray("items")
                    .forEach(item -> byOffset.add(item.toString()));
        }
        assertThat(byNext).hasSize((int) all).isEqualTo(byOffset);
        assertThat(total).as("the filters hold on the first page's count").isPositive().isLessThan(all);
        assertThat(first.getAsJsonArray("items")).allSatisfy(item ->
                assertThat(item.getAsJsonObject().get("subjectId").getAsString()).isEqualTo("AFT2"));

        assertThat(client.get("admin", "/audit?after=abc").body()).contains("\"after\"");
        assertThat(client.get("admin", "/audit?after=1.1&offset=0").statusCode()).isEqualTo(400);
        assertThat(client.get("csm", "/audit?after=1.1").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldKeepTheSurveySettingsTheAdminSavesAndRefuseWhatIsNoAddress() {
        assertThat(object(client.get("admin", "/config/survey")).get("linkLifetimeDays").getAsInt()).as("the default").isEqualTo(14);
        HttpResponse<String> saved = client.json("admin", "PUT", "/config/survey",
                "{\"companyName\":\"  Example Ltd \",\"trustedProxies\":[\"10.0.0.1\",\"2001:DB8:0:0:0:0:0:1\"],"
                        + "\"linkLifetimeDays\":30}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(withoutRevision(client.get("admin", "/config/survey").body()))
                .isEqualTo("{\"companyName\":\"Example Ltd\",\"trustedProxies\":[\"10.0.0.1\",\"2001:db8:0:0:0:0:0:1\"],"
                        + "\"linkLifetimeDays\":30}");
        JsonObject entry = latestAudit("config.survey.update");
        assertThat(entry.get("after").getAsString()).contains("companyName=Example Ltd", "10.0.0.1", "linkLifetimeDays=30");
        HttpResponse<String> forever = client.json("admin", "PUT", "/config/survey",
                "{\"companyName\":null,\"trustedProxies\":[],\"linkLifetimeDays\":365}");
        assertThat(forever.statusCode()).isEqualTo(400);
        assertThat(object(forever).getAsJsonObject("errors").get("linkLifetimeDays").getAsString()).contains("1 to 90");

        HttpResponse<String> name = client.json("admin", "PUT", "/config/survey",
                "{\"companyName\":\"proxy.example.com\",\"trustedProxies\":[\"proxy.example.com\"]}");
        assertThat(name.statusCode()).isEqualTo(400);
        assertThat(object(name).getAsJsonObject("errors").get("trustedProxies").getAsString()).contains("not an IP address");
        HttpResponse<String> stale = client.json("admin", "PUT", "/config/survey",
                "{\"revision\":\"000000000000000000000000\",\"companyName\":null,\"trustedProxies\":[]}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(object(client.get("admin", "/config/survey")).get("companyName").getAsString()).isEqualTo("Example Ltd");
    }

    @Test
    void shouldReplaceTheTierListButNeverDropATierAccountsStillHave() {
        JsonObject read = object(client.get("admin", "/config/tiers"));
        assertThat(read.getAsJsonArray("tiers").asList()).extracting(JsonElement::getAsString)
                .as("the defaults").containsExactly("Enterprise", "Mid-Market", "SMB");
        String withStrategic = "{\"revision\":\"%s\",\"tiers\":[\" Strategic \",\"Enterprise\",\"Mid-Market\",\"SMB\"]}"
                .formatted(read.get("revision").getAsString());
        try {
            assertThat(client.json("csm", "PUT", "/config/tiers", withStrategic).statusCode()).as("CSMs cannot")
                    .isEqualTo(403);
            HttpResponse<String> saved = client.json("admin", "PUT", "/config/tiers", withStrategic);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(object(client.get("csm", "/tiers")).getAsJsonArray("tiers").asList())
                    .extracting(JsonElement::getAsString).as("what every tier choice offers, in the admin's order")
                    .containsExactly("Strategic", "Enterprise", "Mid-Market", "SMB");
            assertThat(latestAudit("config.tiers.update").get("after").getAsString()).contains("Strategic");
            assertThat(client.json("csm", "POST", "/accounts",
                    RestClient.accountWithoutArr("TIER1").replace("\"Enterprise\"", "\"Strategic\"")).statusCode())
                    .as("an account of the new tier").isEqualTo(201);
            String revision = object(saved).get("revision").getAsString();

            HttpResponse<String> dropped = client.json("admin", "PUT", "/config/tiers",
                    "{\"revision\":\"" + revision + "\",\"tiers\":[\"Enterprise\",\"Mid-Market\",\"SMB\"]}");
            assertThat(dropped.statusCode()).isEqualTo(400);
            assertThat(object(dropped).getAsJsonObject("errors").get("tiers").getAsString())
                    .isEqualTo("'Strategic' is the tier of 1 account; give them another tier before removing it");
            HttpResponse<String> twice = client.json("admin", "PUT", "/config/tiers",
                    "{\"revision\":\"" + revision + "\",\"tiers\":[\"Strategic\",\"Enterprise\",\"enterprise\",\"SMB\"]}");
            assertThat(object(twice).getAsJsonObject("errors").get("tiers").getAsString()).contains("listed twice");
            assertThat(client.json("admin", "PUT", "/config/tiers",
                    "{\"revision\":\"000000000000000000000000\",\"tiers\":[\"SMB\"]}").statusCode()).isEqualTo(409);
            assertThat(object(client.get("admin", "/config/tiers")).getAsJsonArray("tiers")).hasSize(4);
        } finally {
            HttpResponse<String> created = client.get("csm", "/accounts/TIER1");
            if (created.statusCode() == 200) {
                client.send("csm", "DELETE", "/accounts/TIER1?version=" + object(created).get("version").getAsLong(),
                        null, null);
            }
            HttpResponse<String> restored = client.json("admin", "PUT", "/config/tiers",
                    "{\"tiers\":[\"Enterprise\",\"Mid-Market\",\"SMB\"]}");
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
    }

    @Test
    void shouldExportTheFilteredAuditLogAsCsvAsTheApiListsIt() throws Exception {
        assertThat(client.json("csm", "POST", "/accounts", RestClient.accountWithoutArr("EXP1")).statusCode()).isEqualTo(201);
        awaitAccountChanges();
        HttpResponse<String> csv = client.get("admin", "/audit/export?subject=EXP1");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        java.util.List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.body())).getRecords();
        JsonObject page = object(client.get("admin", "/audit?subject=EXP1"));
        assertThat(records).as("one row per entry the API lists for the filter").hasSize(page.get("total").getAsInt());
        assertThat(records).extracting(r -> r.get("action"))
                .containsExactlyElementsOf(page.getAsJsonArray("items").asList().stream()
                        .map(item -> item.getAsJsonObject().get("action").getAsString()).toList());
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.get("subjectId")).isEqualTo("EXP1"));
        assertThat(client.get("admin", "/audit/export?action=NOT%20AN%20ACTION").statusCode()).isEqualTo(400);
        assertThat(client.get("csm", "/audit/export").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldSaveCtaRulesFromTheVersionReadAndRefuseAStaleOrInvalidChange() {
        JsonObject read = object(client.get("admin", "/cta-rules"));
        long version = read.get("version").getAsLong();
        String change = "{\"scoreDropPoints\":20,\"scoreDropDays\":14,\"lowCsatMaxRating\":1,\"csatLookbackDays\":60,"
                + "\"renewalAtRiskDays\":120,\"noTouchpointDays\":45,\"promoterLookbackDays\":30,"
                + "\"usageGrowthPercent\":25.5,\"version\":" + version + "}";

        HttpResponse<String> saved = client.json("admin", "PUT", "/cta-rules", change);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject now = object(client.get("admin", "/cta-rules"));
        assertThat(now.get("scoreDropPoints").getAsInt()).isEqualTo(20);
        assertThat(now.get("renewalAtRiskDays").getAsInt()).isEqualTo(120);
        assertThat(now.get("usageGrowthPercent").getAsDouble()).isEqualTo(25.5);
        assertThat(now.get("version").getAsLong()).isGreaterThan(version);
        assertThat(latestAudit("config.cta-rules.update").get("after").getAsString()).contains("scoreDropPoints=20");

        HttpResponse<String> stale = client.json("admin", "PUT", "/cta-rules", change.replace("\"scoreDropPoints\":20", "\"scoreDropPoints\":30"));
        assertThat(stale.statusCode()).as("saved over a version someone else replaced").isEqualTo(409);
        assertThat(object(client.get("admin", "/cta-rules")).get("scoreDropPoints").getAsInt()).isEqualTo(20);

        HttpResponse<String> invalid = client.json("admin", "PUT", "/cta-rules",
                change.replace("\"lowCsatMaxRating\":1", "\"lowCsatMaxRating\":5").replace("\"version\":" + version, "\"version\":" + now.get("version")));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(object(invalid).getAsJsonObject("errors").has("lowCsatMaxRating")).isTrue();

        String current = ",\"version\":" + now.get("version");
        HttpResponse<String> unknownRule = client.json("admin", "PUT", "/cta-rules",
                change.replace(",\"version\":" + version, ",\"turnedOff\":[\"no-touchpoint\",\"coffee\"]" + current));
        assertThat(unknownRule.statusCode()).isEqualTo(400);
        assertThat(object(unknownRule).getAsJsonObject("errors").get("turnedOff").getAsString()).contains("no-touchpoint");
        HttpResponse<String> off = client.json("admin", "PUT", "/cta-rules",
                change.replace(",\"version\":" + version, ",\"turnedOff\":[\"NO_TOUCHPOINT\",\"promoter\"]" + current));
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(object(client.get("admin", "/cta-rules")).getAsJsonArray("turnedOff").toString())
                .isEqualTo("[\"promoter\",\"no-touchpoint\"]");
        assertThat(latestAudit("config.cta-rules.update").get("after").getAsString()).contains("NO_TOUCHPOINT", "PROMOTER");
        turnOff();
    }

    @Test
    void shouldCloseAnAccountsNoTouchpointCallToActionOnceTheRuleIsTurnedOffAndRaiseNoNewOne() {
        assertThat(client.json("csm", "POST", "/accounts", RestClient.accountWithoutArr("QUIET1")).statusCode()).isEqualTo(201);
        awaitAccountChanges();
        assertThat(ctaReasons("QUIET1", "open")).as("never touched: the activity rule fires").contains("no-touchpoint");
        try {
            turnOff("no-touchpoint");
            sandbox.scheduler().runNow(io.successdesk.jira.job.SuccessDeskJobs.DAILY_JOB);
            assertThat(sandbox.scheduler().runDueJobs()).extracting(run -> run.outcome())
                    .anySatisfy(outcome -> assertThat(outcome).startsWith("SUCCESS: daily job"));
            awaitAccountChanges();
            assertThat(ctaReasons("QUIET1", "open,snoozed")).doesNotContain("no-touchpoint");
            assertThat(ctaReasons("QUIET1", "closed")).as("closed as a condition that ended").contains("no-touchpoint");
            assertThat(client.json("csm", "POST", "/accounts", RestClient.accountWithoutArr("QUIET2")).statusCode()).isEqualTo(201);
            awaitAccountChanges();
            assertThat(ctaReasons("QUIET2", "open,snoozed,closed")).as("a new account raises none").doesNotContain("no-touchpoint");
        } finally {
            turnOff();
        }
    }

    /** Saves the CTA rules as they are with exactly {@code reasons} turned off. */
    private static void turnOff(String... reasons) {
        JsonObject rules = object(client.get("admin", "/cta-rules"));
        JsonArray off = new JsonArray();
        for (String reason : reasons) {
            off.add(reason);
        }
        rules.add("turnedOff", off);
        HttpResponse<String> saved = client.json("admin", "PUT", "/cta-rules", rules.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static java.util.List<String> ctaReasons(String account, String statuses) {
        return object(client.get("admin", "/ctas?account=" + account + "&status=" + statuses)).getAsJsonArray("ctas")
                .asList().stream().map(cta -> cta.getAsJsonObject().get("reason").getAsString()).toList();
    }

    @Test
    void shouldFilterTheAuditLogByWhoWhatSubjectAndDay() {
        assertThat(client.json("csm", "POST", "/accounts", RestClient.accountWithoutArr("FLT1")).statusCode()).isEqualTo(201);
        assertThat(client.json("admin", "POST", "/accounts", RestClient.account("FLT2")).statusCode()).isEqualTo(201);
        awaitAccountChanges();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        JsonObject mine = object(client.get("admin", "/audit?actor=csm&action=account.&subject=FLT1&from=" + today + "&to=" + today));
        assertThat(mine.get("total").getAsLong()).isEqualTo(1);
        JsonObject entry = mine.getAsJsonArray("items").get(0).getAsJsonObject();
        assertThat(entry.get("action").getAsString()).isEqualTo("account.create");
        assertThat(entry.get("subjectId").getAsString()).isEqualTo("FLT1");
        assertThat(object(client.get("admin", "/audit?actor=csm&subject=FLT2")).get("total").getAsLong())
                .as("FLT2 was created by admin").isZero();
        assertThat(object(client.get("admin", "/audit?subject=FLT2&to=2000-01-01")).get("total").getAsLong()).isZero();

        HttpResponse<String> wildcard = client.get("admin", "/audit?action=%25");
        assertThat(wildcard.statusCode()).isEqualTo(400);
        assertThat(object(wildcard).getAsJsonObject("errors").has("action")).isTrue();
        HttpResponse<String> backwards = client.get("admin", "/audit?from=2026-02-02&to=2026-02-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(object(backwards).getAsJsonObject("errors").has("to")).isTrue();
        assertThat(client.get("csm", "/audit?subject=FLT1").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldConfigureAccountMatchingCtaIssuesAndSurveysWithoutLosingTheOtherSettings() {
        String automation = "{\"accountCustomFieldId\":\"customfield_10200\",\"projectDefaultAccounts\":{\"SUP\":\"ACME\"},"
                + "\"ctaProject\":{\"projectKey\":\"CS\",\"issueTypeId\":\"10001\",\"runAsUserKey\":\"csm\"},"
                + "\"surveyProjectKeys\":[\"SUP\"],\"issueTypeKinds\":{\"10100\":\"defect\",\"10101\":\"question\"}}";
        awaitAccountChanges();
        HttpResponse<String> saved = client.json("admin", "PUT", "/config/automation", automation);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(withoutRevision(client.get("admin", "/config/automation").body())).isEqualTo(automation);
        JsonObject entry = object(client.get("admin", "/audit?limit=1")).getAsJsonArray("items").get(0).getAsJsonObject();
        assertThat(entry.get("action").getAsString()).isEqualTo("config.matching.update");
        assertThat(entry.get("after").getAsString()).contains("accountFieldId=customfield_10200", "SUP=ACME",
                "10100=DEFECT");

        assertThat(client.json("admin", "PUT", "/config", CONFIG.formatted("\"successdesk-viewers\"")).statusCode())
                .isEqualTo(200);
        assertThat(withoutRevision(client.get("admin", "/config/automation").body()))
                .as("PUT /config keeps the automation settings").isEqualTo(automation);

        String none = "{\"projectDefaultAccounts\":{},\"surveyProjectKeys\":[]";
        assertThat(client.json("admin", "PUT", "/config/automation", none + "}").statusCode()).isEqualTo(200);
        assertThat(withoutRevision(client.get("admin", "/config/automation").body())).as("a PUT without issueTypeKinds keeps the mapping")
                .isEqualTo(none + ",\"issueTypeKinds\":{\"10100\":\"defect\",\"10101\":\"question\"}}");
        assertThat(client.json("admin", "PUT", "/config/automation", none + ",\"issueTypeKinds\":{}}").statusCode())
                .isEqualTo(200);
        assertThat(withoutRevision(client.get("admin", "/config/automation").body())).isEqualTo(none + ",\"issueTypeKinds\":{}}");
    }

    @Test
    void shouldRefuseAChangeBasedOnSettingsSomeoneElseChangedMeanwhile() {
        awaitAccountChanges();
        String read = object(client.get("admin", "/config")).get("revision").getAsString();
        String mine = CONFIG.formatted("\"successdesk-viewers\"").replace("{", "{\"revision\":\"" + read + "\",");
        HttpResponse<String> theirs = client.json("admin", "PUT", "/config",
                CONFIG.formatted("\"successdesk-viewers\",\"jira-servicedesk-agents\"").replace("{", "{\"revision\":\"" + read + "\","));
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
        assertThat(object(theirs).get("revision").getAsString()).isNotEqualTo(read);

        HttpResponse<String> stale = client.json("admin", "PUT", "/config", mine);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(object(stale).getAsJsonObject("errors").has("revision")).isTrue();
        assertThat(object(client.get("admin", "/config")).getAsJsonArray("viewerGroups")).as("the first change stays")
                .hasSize(2);

        String fresh = object(client.get("admin", "/config")).get("revision").getAsString();
        assertThat(client.json("admin", "PUT", "/config", mine.replace(read, fresh)).statusCode()).isEqualTo(200);
        String automation = object(client.get("admin", "/config/automation")).get("revision").getAsString();
        assertThat(automation).as("each settings document has its own revision").isNotEqualTo(fresh);
        assertThat(client.json("admin", "PUT", "/config/automation", "{\"revision\":\"" + read
                + "\",\"projectDefaultAccounts\":{},\"surveyProjectKeys\":[\"SUP\"]}").statusCode()).isEqualTo(409);
    }

    @Test
    void shouldListJiraProjectsAndGroupsForThePickers() {
        JsonObject choices = object(client.get("admin", "/config/choices"));
        assertThat(choices.getAsJsonArray("projects").toString()).contains("{\"key\":\"SUP\",\"name\":\"Customer Support\"}",
                "\"key\":\"OPS\"");
        assertThat(choices.getAsJsonArray("groups").toString()).contains("\"jira-administrators\"", "\"successdesk-csms\"");
        assertThat(choices.get("truncated").getAsBoolean()).isFalse();
        assertThat(client.get("csm", "/config/choices").statusCode()).isEqualTo(403);
    }

    static String withoutRevision(String body) {
        JsonObject json = com.google.gson.JsonParser.parseString(body).getAsJsonObject();
        assertThat(json.get("revision").getAsString()).matches("[0-9a-f]{24}");
        json.remove("revision");
        return json.toString();
    }
}
