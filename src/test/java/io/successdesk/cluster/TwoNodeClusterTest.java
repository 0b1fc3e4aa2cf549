package io.successdesk.cluster;

import com.google.gson.JsonObject;
import io.successdesk.app.PageRequest;
import io.successdesk.app.survey.SurveyRequest;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.voc.CsatSource;
import io.successdesk.jira.job.SuccessDeskJobs;
import io.successdesk.sandbox.SandboxNodes;
import io.successdesk.sandbox.SandboxScheduler;
import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sandbox nodes (separate component graphs, pools, schedulers and ports in one JVM) on one PostgreSQL database,
 * called over real HTTP: what one node writes, the other serves; cluster jobs run once; optimistic locking holds
 * across nodes (docs/data-center.md).
 */
class TwoNodeClusterTest {

    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");
    private static SandboxNodes cluster;
    private static String databaseUrl;
    private static SandboxServer nodeA;
    private static SandboxServer nodeB;

    @BeforeAll
    static void start() throws Exception {
        databaseUrl = SandboxNodes.freshDatabaseUrl();
        cluster = SandboxNodes.start(2, 0, databaseUrl, Duration.ZERO);
        nodeA = cluster.node(0);
        nodeB = cluster.node(1);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void shouldRunOnPostgresqlAtReadCommitted() throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet isolation = statement.executeQuery("SHOW default_transaction_isolation")) {
            assertThat(isolation.next()).isTrue();
            assertThat(isolation.getString(1)).isEqualTo("read committed");
        }
        assertThat(nodeA.nodeId()).isNotEqualTo(nodeB.nodeId());
        assertThat(nodeA.baseUrl()).isNotEqualTo(nodeB.baseUrl());
    }

    @Test
    void shouldRunTheDailyJobOnceWhenBothNodesFindItDueAndSkipTheDayOnALaterRun() throws Exception {
        nodeA.scheduler().runNow(SuccessDeskJobs.DAILY_JOB);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<List<SandboxScheduler.Run>> onA = CompletableFuture.supplyAsync(afterLatch(go, nodeA));
        CompletableFuture<List<SandboxScheduler.Run>> onB = CompletableFuture.supplyAsync(afterLatch(go, nodeB));
        go.countDown();

        List<SandboxScheduler.Run> runs = new java.util.ArrayList<>(onA.get(30, TimeUnit.SECONDS));
        runs.addAll(onB.get(30, TimeUnit.SECONDS));

        assertThat(runs).singleElement().satisfies(run -> assertThat(run.outcome()).startsWith("SUCCESS")
                .contains("snapshotTaken=true"));
        assertThat(nodeA.scheduler().runsOf(SuccessDeskJobs.DAILY_JOB)).hasSize(1);

        // made due again the same day (an admin's "Run now"), on the other node: it runs, but the day is done
        SandboxServer other = runs.get(0).nodeId().equals(nodeA.nodeId()) ? nodeB : nodeA;
        other.scheduler().runNow(SuccessDeskJobs.DAILY_JOB);
        assertThat(other.scheduler().runDueJobs()).singleElement().satisfies(run ->
                assertThat(run.outcome()).startsWith("SUCCESS").contains("snapshotTaken=false"));
        assertThat(nodeB.scheduler().runsOf(SuccessDeskJobs.DAILY_JOB)).extracting(SandboxScheduler.Run::nodeId)
                .containsExactly(runs.get(0).nodeId(), other.nodeId());
    }

    @Test
    void shouldShowATicketEventOnNodeAInNodeBsPanelWithinOneSecond() {
        int before = openTicketsOnB();
        assertThat(NodeHttp.form(nodeA, "admin", "/sandbox/tickets",
                "action=create&summary=Cluster&reporter=" + URLEncoder.encode("dana@acme.example", StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(302);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);

        int seen = openTicketsOnB();
        while (seen == before && System.nanoTime() < deadline) {
            seen = openTicketsOnB();
        }

        assertThat(seen).as("node B's panel of an ACME issue within 1 s of the event on node A").isEqualTo(before + 1);
    }

    @Test
    void shouldServeOnNodeBTheRetentionOfAnArrImportOnNodeAAtOnce() {
        YearMonth month = YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(2);
        String series = "/metrics/retention?currency=SEK&view=between&from=" + month.minusMonths(1) + "&to=" + month;
        assertThat(NodeHttp.ok(NodeHttp.get(nodeB, "finance", series)).getAsJsonArray("points").get(0).getAsJsonObject()
                .get("noData").getAsBoolean()).as("node B has built its (empty) krona history").isTrue();

        HttpResponse<String> created = NodeHttp.json(nodeA, "admin", "POST", "/accounts", "{\"key\":\"KRONA\",\"name\":"
                + "\"Krona AB\",\"tier\":\"SMB\",\"lifecycleStage\":\"adoption\",\"contractStart\":\"2024-01-01\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> imported = NodeHttp.json(nodeA, "admin", "POST", "/revenue/arr", "{\"rows\":[{\"accountKey\":"
                + "\"KRONA\",\"month\":\"" + month + "\",\"arrMinorUnits\":700000,\"currency\":\"SEK\"}]}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        JsonObject point = NodeHttp.ok(NodeHttp.get(nodeB, "finance", series)).getAsJsonArray("points").get(0)
                .getAsJsonObject();
        assertThat(point.get("noData").getAsBoolean()).as("node B rebuilt its history on its next read").isFalse();
        assertThat(point.getAsJsonObject("newArr").get("minorUnits").getAsLong()).isEqualTo(700_000);
    }

    @Test
    void shouldOpenAndAnswerOnNodeBASurveyLinkSignedOnNodeA() {
        AccountKey initech = AccountKey.of("INITECH");
        String token = nodeA.survey().invitations().inviteOnResolution(new SurveyRequest(20003L,
                new SurveyTicket("SUP-3", "How do I add a second billing contact?"), "SUP", initech,
                Optional.of("sam@initech.example"), Optional.of("sam@initech.example"), Optional.empty())).orElseThrow();
        String linkOnB = nodeA.survey().invitations().linkFor(token).replace(nodeA.baseUrl(), nodeB.baseUrl());
        assertThat(linkOnB).startsWith(nodeB.baseUrl());

        HttpResponse<String> form = NodeHttp.getUrl(linkOnB);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        Matcher nonce = NONCE.matcher(form.body());
        assertThat(nonce.find()).isTrue();
        HttpResponse<String> thanks = NodeHttp.anonymousForm(nodeB, SandboxServer.SURVEY_PATH,
                "token=" + enc(token) + "&nonce=" + enc(nonce.group(1)) + "&rating=4&comment=");

        assertThat(thanks.statusCode()).as(thanks.body()).isEqualTo(200);
        assertThat(thanks.body()).contains("id=\"thanks\"");
        assertThat(nodeA.survey().csat().responsesOf(initech, PageRequest.first(10)).items())
                .anySatisfy(response -> {
                    assertThat(response.source()).isEqualTo(CsatSource.SURVEY);
                    assertThat(response.rating().value()).isEqualTo(4);
                });
    }

    @Test
    void shouldLetOneOfTwoConcurrentEditsOnTwoNodesWinAndKeepBothAfterTheLoserRetries() throws Exception {
        JsonObject read = NodeHttp.ok(NodeHttp.get(nodeA, "admin", "/accounts/GLOBEX"));
        long version = read.get("version").getAsLong();
        String renamed = edit(read, body -> body.addProperty("name", "Globex Worldwide"));
        String retiered = edit(read, body -> body.addProperty("tier", "Enterprise"));
        CountDownLatch go = new CountDownLatch(1);

        CompletableFuture<HttpResponse<String>> onA = CompletableFuture.supplyAsync(() -> {
            await(go);
            return NodeHttp.json(nodeA, "admin", "PUT", "/accounts/GLOBEX", renamed);
        });
        CompletableFuture<HttpResponse<String>> onB = CompletableFuture.supplyAsync(() -> {
            await(go);
            return NodeHttp.json(nodeB, "admin", "PUT", "/accounts/GLOBEX", retiered);
        });
        go.countDown();
        HttpResponse<String> a = onA.get(30, TimeUnit.SECONDS);
        HttpResponse<String> b = onB.get(30, TimeUnit.SECONDS);

        assertThat(List.of(a.statusCode(), b.statusCode())).as(a.body() + " / " + b.body())
                .containsExactlyInAnyOrder(200, 409);
        // the loser reads again on its own node and re-applies its change
        SandboxServer loser = a.statusCode() == 409 ? nodeA : nodeB;
        JsonObject fresh = NodeHttp.ok(NodeHttp.get(loser, "admin", "/accounts/GLOBEX"));
        assertThat(fresh.get("version").getAsLong()).isEqualTo(version + 1);
        String retry = edit(fresh, body -> body.addProperty(loser == nodeA ? "name" : "tier",
                loser == nodeA ? "Globex Worldwide" : "Enterprise"));
        assertThat(NodeHttp.json(loser, "admin", "PUT", "/accounts/GLOBEX", retry).statusCode()).isEqualTo(200);

        for (SandboxServer node : List.of(nodeA, nodeB)) {
            JsonObject last = NodeHttp.ok(NodeHttp.get(node, "admin", "/accounts/GLOBEX"));
            assertThat(last.get("name").getAsString()).isEqualTo("Globex Worldwide");
            assertThat(last.get("tier").getAsString()).isEqualTo("Enterprise");
            assertThat(last.get("version").getAsLong()).isEqualTo(version + 2);
        }
    }

    private static String edit(JsonObject read, java.util.function.Consumer<JsonObject> change) {
        JsonObject body = read.deepCopy();
        body.remove("createdAt");
        body.remove("updatedAt");
        body.remove("health");
        body.remove("csmDisplayName");
        change.accept(body);
        return body.toString();
    }

    private static int openTicketsOnB() {
        return NodeHttp.openTicketsOfAcme(nodeB);
    }

    private static Supplier<List<SandboxScheduler.Run>> afterLatch(CountDownLatch go, SandboxServer node) {
        return () -> {
            await(go);
            return node.scheduler().runDueJobs();
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
