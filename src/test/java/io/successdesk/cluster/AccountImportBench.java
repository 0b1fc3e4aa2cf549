package io.successdesk.cluster;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.successdesk.bench.BenchReport;
import io.successdesk.sandbox.SandboxNodes;
import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV of 50,000 new accounts through the real import path — HTTP, the REST resource, CSV reading, validation of
 * every row against the store and each other, the bulk write in one transaction — on a sandbox node on its own
 * embedded PostgreSQL database. Reports the time the request took and the JVM's peak heap while it ran.
 */
class AccountImportBench {

    private static final int ACCOUNTS = Integer.getInteger("successdesk.bench.importAccounts", 50_000);

    @Test
    void shouldReportTheImportOfFiftyThousandAccountsFromCsv() throws Exception {
        try (SandboxNodes cluster = SandboxNodes.start(1, 0, SandboxNodes.freshDatabaseUrl(), Duration.ZERO)) {
            SandboxServer node = cluster.node(0);
            String csv = csv(ACCOUNTS);
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            System.gc();
            long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);

            long started = System.nanoTime();
            HttpResponse<String> response = post(node, csv);
            double seconds = (System.nanoTime() - started) / 1e9;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

            assertThat(response.statusCode()).as(response.body().substring(0, Math.min(500, response.body().length())))
                    .isEqualTo(200);
            JsonObject report = JsonParser.parseString(response.body()).getAsJsonObject();
            assertThat(report.get("committed").getAsBoolean()).isTrue();
            assertThat(report.getAsJsonObject("counts").get("created").getAsInt()).isEqualTo(ACCOUNTS);

            BenchReport bench = BenchReport.open();
            bench.section("Account import through the REST path (issue 14)", ACCOUNTS + " new accounts in one CSV ("
                    + csv.length() / 1024 + " KiB) posted to /import/accounts on one sandbox node (Jetty, the app's"
                    + " REST resource) on the embedded PostgreSQL: read, validated against the store and each other, "
                    + "written in one transaction. Heap: the whole JVM (node and client), the sum of the heap pools' "
                    + "peaks while the request ran (an upper bound), " + before / (1024 * 1024)
                    + " MiB in use before it.");
            bench.tableHeader();
            bench.row("import of " + ACCOUNTS + " accounts, request to answer", String.format("%.1f s (%.0f accounts/s)",
                    seconds, ACCOUNTS / seconds), "≤ 30 s", seconds <= 30 ? "met" : "**missed**");
            bench.row("peak heap in use during the import", peak / (1024 * 1024) + " MiB", "≤ 512 MiB",
                    peak <= 512L * 1024 * 1024 ? "met" : "**missed**");
        }
    }

    /** New accounts only: distinct keys, domains and external ids, every column the export writes. */
    private static String csv(int accounts) {
        StringBuilder csv = new StringBuilder("key,name,emailDomains,jsmOrganizationIds,tier,lifecycleStage,csmUserKey,"
                + "arrMinorUnits,arrCurrency,contractStart,renewalDate,externalId,customAttributes\r\n");
        for (int i = 0; i < accounts; i++) {
            csv.append(String.format("IMP%06d,Imported %d,imp%d.example,%d,%s,adoption,csm,%d,EUR,2024-01-01,2027-%02d-15,"
                            + "crm-imp-%d,\r\n", i, i, i, 100_000 + i, i % 3 == 0 ? "Enterprise" : "SMB",
                    1_000_000 + i * 10L, 1 + i % 12, i));
        }
        return csv.toString();
    }

    private static HttpResponse<String> post(SandboxServer node, String csv) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(node.baseUrl() + "/rest/successdesk/1.0/import/accounts"))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "text/csv")
                .header("X-Atlassian-Token", "no-check")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin"
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
