package io.successdesk.cluster;

import io.successdesk.bench.BenchReport;
import io.successdesk.sandbox.SandboxNodes;
import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load on loopback (issue 14): {@value #DEFAULT_CLIENTS} clients, each in a loop without pause, ask for the issue panel
 * of the sandbox's support issues on two sandbox nodes sharing one PostgreSQL, half on each node, for five minutes
 * ({@code -Dsuccessdesk.bench.loadSeconds}, {@code -Dsuccessdesk.bench.loadClients} to change). The report gives the
 * requests answered, the share answered 200 and p50/p99 per node. Bounded: one run, a fixed number of clients, a
 * fixed time, loopback only.
 */
class PanelLoadBench {

    private static final int DEFAULT_CLIENTS = 200;
    private static final int CLIENTS = Integer.getInteger("successdesk.bench.loadClients", DEFAULT_CLIENTS);
    private static final int SECONDS = Integer.getInteger("successdesk.bench.loadSeconds", 300);

    /** What one client saw: latencies in nanoseconds of answered requests, and the failures. */
    private static final class ClientRecord {
        long[] nanos = new long[4096];
        int answered;
        int failed;
        String firstFailure = "";

        void add(long latency) {
            if (answered == nanos.length) {
                nanos = Arrays.copyOf(nanos, nanos.length * 2);
            }
            nanos[answered++] = latency;
        }
    }

    @Test
    void shouldAnswerEveryPanelRequestOfTwoHundredClientsOnTwoNodes() throws Exception {
        try (SandboxNodes cluster = SandboxNodes.start(2, 0, SandboxNodes.freshDatabaseUrl(), Duration.ZERO)) {
            List<String> panels = cluster.node(0).issues().all().keySet().stream()
                    .filter(key -> key.startsWith("SUP-")).sorted().toList();
            assertThat(panels).isNotEmpty();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .executor(Executors.newFixedThreadPool(8)).build();
            for (SandboxServer node : cluster.nodes()) {   // warm up each node's code paths and caches
                for (String key : panels) {
                    assertThat(get(http, node, key).statusCode()).isEqualTo(200);
                }
            }
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ClientRecord>> running = new ArrayList<>();
            long[] endsAt = new long[1];
            for (int c = 0; c < CLIENTS; c++) {
                SandboxServer node = cluster.node(c % 2);
                int first = c;
                running.add(clients.submit(() -> {
                    ClientRecord record = new ClientRecord();
                    start.await();
                    for (int i = first; System.nanoTime() < endsAt[0]; i++) {
                        long begun = System.nanoTime();
                        try {
                            HttpResponse<String> answer = get(http, node, panels.get(i % panels.size()));
                            if (answer.statusCode() == 200) {
                                record.add(System.nanoTime() - begun);
                            } else {
                                record.failed++;
                                record.firstFailure = record.firstFailure.isEmpty() ? answer.statusCode() + " "
                                        + answer.body() : record.firstFailure;
                            }
                        } catch (java.io.IOException e) {
                            record.failed++;
                            record.firstFailure = record.firstFailure.isEmpty() ? e.toString() : record.firstFailure;
                        }
                    }
                    return record;
                }));
            }
            long began = System.nanoTime();
            endsAt[0] = began + TimeUnit.SECONDS.toNanos(SECONDS);
            start.countDown();
            List<ClientRecord> records = new ArrayList<>();
            for (Future<ClientRecord> client : running) {
                records.add(client.get(SECONDS + 120L, TimeUnit.SECONDS));
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            clients.shutdownNow();
            report(records, elapsed, panels.size());
            long failed = records.stream().mapToLong(r -> r.failed).sum();
            assertThat(failed).as(records.stream().map(r -> r.firstFailure).filter(f -> !f.isEmpty()).findFirst()
                    .orElse("")).isZero();
        }
    }

    private static HttpResponse<String> get(HttpClient http, SandboxServer node, String issueKey)
            throws java.io.IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + SandboxServer.REST_PATH + "/panel/" + issueKey))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("agent:agent"
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void report(List<ClientRecord> records, double elapsed, int issues) {
        BenchReport report = BenchReport.open();
        long answered = records.stream().mapToLong(r -> r.answered).sum();
        long failed = records.stream().mapToLong(r -> r.failed).sum();
        report.section("Panel under load on two nodes (issue 14)", CLIENTS + " clients without think time, half on each of two"
                + " sandbox nodes (Jetty, the app's REST resources) sharing one embedded PostgreSQL, for "
                + String.format("%.0f s", elapsed) + " on loopback, over the panels of " + issues + " support issues; "
                + "the clients, both nodes and PostgreSQL share the machine's cores.");
        report.tableHeader();
        report.row("requests answered 200", answered + " (" + String.format("%.0f/s", answered / elapsed) + ")",
                "100 % success", failed == 0 ? "met: 0 failed" : "**missed**: " + failed + " failed");
        for (int node = 0; node < 2; node++) {
            int chosen = node;
            long[] all = records.stream().filter(r -> records.indexOf(r) % 2 == chosen)
                    .flatMapToLong(r -> Arrays.stream(r.nanos, 0, r.answered)).sorted().toArray();
            if (all.length > 0) {
                report.row("node " + (node + 1) + " panel latency under load", String.format("p50 %.1f ms, p99 %.1f ms",
                        all[all.length / 2] / 1e6, all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6), "reported", "");
            }
        }
    }
}
