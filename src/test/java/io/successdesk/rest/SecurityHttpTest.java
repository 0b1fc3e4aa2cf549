package io.successdesk.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 "Security" items 1–4 over real HTTP: no ARR-derived figure for callers who are no financial viewers,
 * authorisation before a body is read and bounded parsing, linking issues only for account viewers without
 * revealing keys, and CSAT/NPS ingestion by REST only from import/manual sources.
 */
class SecurityHttpTest extends SandboxRestTest {

    private static final String ARR_MEASURE = "ARR_CHANGE_90D";

    /**
     * ACME (ARR 480,000 EUR) gets an ARR row of 600,000 EUR for the month the 90-day change compares with: −20 %, the
     * measure's worst score. The sandbox is restarted on the same database so its seed snapshots today's health again,
     * now with the ARR measure, and the history carries it too.
     */
    @BeforeAll
    static void giveAcmeAnArrHistory() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        YearMonth base = YearMonth.from(today.minusDays(90).plusDays(1)).minusMonths(1);
        HttpResponse<String> arr = client.json("admin", "POST", "/revenue/arr", "{\"rows\":[{\"accountKey\":\"ACME\","
                + "\"month\":\"" + base + "\",\"arrMinorUnits\":60000000,\"currency\":\"EUR\"}]}");
        assertThat(arr.statusCode()).as(arr.body()).isEqualTo(200);
        awaitAccountChanges();
        sandbox.close();
        sandbox = SandboxServer.start(0, data);
        client = new RestClient(sandbox);
        awaitAccountChanges();
    }

    // ---- 1. ARR cannot be inferred by callers who are no financial viewers ----

    @Test
    void shouldShowTheArrMeasureOnlyToFinancialViewersInHealth() {
        JsonObject finance = ok(client.get("finance", "/accounts/ACME/health"));
        assertThat(finance.toString()).as("the fixture scores ARR for financial viewers").contains(ARR_MEASURE);
        for (String caller : List.of("viewer", "csm")) {
            String body = client.get(caller, "/accounts/ACME/health").body();
            assertThat(body).as(caller).doesNotContain(ARR_MEASURE);
        }
    }

    @Test
    void shouldLeaveTheArrMeasureOutOfHealthHistoryForNonFinancialCallers() {
        JsonObject finance = ok(client.get("finance", "/accounts/ACME/health/history"));
        assertThat(finance.toString()).as("today's snapshot scored ARR").contains(ARR_MEASURE);
        for (String caller : List.of("viewer", "csm")) {
            assertThat(client.get(caller, "/accounts/ACME/health/history").body()).as(caller).doesNotContain(ARR_MEASURE);
        }
    }

    @Test
    void shouldNameNoRevenueMeasureAsAPanelReasonForAnyCaller() {
        JsonObject finance = ok(client.get("finance", "/accounts/ACME/health"));
        assertThat(line(finance, ARR_MEASURE).get("score").getAsDouble()).as("ARR −20 % scores 0").isZero();
        for (String caller : List.of("admin", "agent", "csm")) {
            JsonObject health = ok(client.get(caller, "/panel/SUP-1")).getAsJsonObject("account").getAsJsonObject("health");
            assertThat(health.getAsJsonArray("topReasons").toString()).as(caller + ": the ARR change holds nothing back")
                    .doesNotContain(ARR_MEASURE);
        }
    }

    /**
     * The score is the one number every caller sees; it is made without the ARR change, so the weights and
     * contributions that explain it can be shown to everyone and add up to it.
     */
    @Test
    void shouldGiveEveryCallerTheSameScoreMadeWithoutTheArrChangeWithContributionsAddingUpToIt() {
        JsonObject finance = ok(client.get("finance", "/accounts/ACME/health"));
        JsonObject arr = line(finance, ARR_MEASURE);
        assertThat(arr.get("status").getAsString()).isEqualTo("not-counted");
        assertThat(arr.get("effectiveWeight").getAsDouble()).isZero();
        assertThat(arr.get("contribution").getAsDouble()).isZero();
        for (String caller : List.of("viewer", "csm", "finance")) {
            JsonObject health = ok(client.get(caller, "/accounts/ACME/health"));
            assertThat(health.get("computedScore").getAsDouble()).as(caller)
                    .isEqualTo(finance.get("computedScore").getAsDouble());
            double sum = 0;
            for (JsonElement element : health.getAsJsonArray("breakdown")) {
                JsonObject measure = element.getAsJsonObject().deepCopy();
                JsonObject financeLine = line(finance, measure.get("measure").getAsString()).deepCopy();
                measure.remove("observedAt");
                financeLine.remove("observedAt");
                assertThat(measure).as(caller).isEqualTo(financeLine);
                sum += measure.get("contribution").getAsDouble();
            }
            assertThat(sum).as(caller + ": the contributions shown are the whole score")
                    .isCloseTo(health.get("computedScore").getAsDouble(), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    private static JsonObject line(JsonObject health, String measure) {
        for (JsonElement element : health.getAsJsonArray("breakdown")) {
            if (element.getAsJsonObject().get("measure").getAsString().equals(measure)) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no line for " + measure + " in " + health);
    }

    // ---- 2. authorise before reading a body; bounded parsing; only our own validation is a 400 ----

    @Test
    void shouldRefuseAnOutsidersLargeImportWithoutParsingIt() {
        String huge = "{\"accounts\":[" + "0,".repeat(15 * 1024 * 1024) + "0]}";
        long started = System.nanoTime();
        HttpResponse<String> refused = client.json("outsider", "POST", "/import/accounts", huge);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(client.json("viewer", "POST", "/import/accounts", "[[[[").statusCode())
                .as("a viewer may see accounts but not import: 403, not a parse error").isEqualTo(403);
        assertThat(millis).as("refused in %d ms", millis).isLessThan(5_000);
    }

    @Test
    void shouldDeclareWhoMaySendABodyOnEveryMethodThatReadsOne() throws Exception {
        List<String> unguarded = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass javaClass : new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.successdesk.rest")) {
            Class<?> type = javaClass.reflect();
            if (type.getAnnotation(jakarta.ws.rs.Path.class) == null) {
                continue;
            }
            boolean adminOnly = type.isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.AdminOnly.class);
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                boolean readsBody = java.util.Arrays.stream(method.getParameterAnnotations())
                        .anyMatch(annotations -> java.util.Arrays.stream(annotations).noneMatch(annotation ->
                                annotation.annotationType().getPackageName().equals("jakarta.ws.rs")
                                        || annotation.annotationType() == jakarta.ws.rs.core.Context.class));
                boolean resourceMethod = java.util.Arrays.stream(method.getAnnotations()).anyMatch(annotation ->
                        annotation.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                if (resourceMethod && readsBody && !adminOnly && !method.isAnnotationPresent(BodyAccess.class)
                        && !method.isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.AdminOnly.class)) {
                    unguarded.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unguarded).as("resource methods reading a body without @BodyAccess").isEmpty();
    }

    @Test
    void shouldRefuseAMillionDigitNumberQuicklyNamingTheField() {
        String body = "{\"externalId\":\"digits\",\"source\":\"IMPORT\",\"accountKey\":\"ACME\",\"rating\":"
                + "9".repeat(1_000_000) + ",\"answeredAt\":\"2025-01-15T10:00:00Z\"}";
        long started = System.nanoTime();
        HttpResponse<String> refused = client.json("csm", "POST", "/csat", body);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(errors(refused).has("rating")).as(refused.body()).isTrue();
        assertThat(millis).as("refused in %d ms", millis).isLessThan(1_000);
    }

    @Test
    void shouldRefuseAnArrayLongerThanItsFieldAllowsWhileParsing() {
        String body = "{\"rows\":[" + "{},".repeat(1500) + "{}]}";
        HttpResponse<String> refused = client.json("csm", "POST", "/csat/bulk", body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(errors(refused).has("rows")).as(refused.body()).isTrue();
        HttpResponse<String> deep = client.json("csm", "POST", "/csat", "[".repeat(5000) + "]".repeat(5000));
        assertThat(deep.statusCode()).as(deep.body()).isEqualTo(400);
    }

    @Test
    void shouldAnswerOnlyTheAppsOwnValidationWith400AndAnyOtherIllegalArgumentWithAnIncident() {
        HttpResponse<String> validation = client.get("viewer", "/test-only/failures?kind=validation");
        assertThat(validation.statusCode()).as(validation.body()).isEqualTo(400);
        assertThat(errors(validation).has("kind")).isTrue();

        HttpResponse<String> bug = client.get("viewer", "/test-only/failures?kind=bug");
        assertThat(bug.statusCode()).as(bug.body()).isEqualTo(500);
        assertThat(bug.body()).contains("incident").doesNotContain("SECRET").doesNotContain("internal detail")
                .doesNotContain("IllegalArgument").doesNotContain("\tat ");
    }

    // ---- 3. linking an issue needs a support project and the right to view accounts ----

    @Test
    void shouldLetOnlyAccountViewersLinkAndNotRevealWhichKeysExist() {
        HttpResponse<String> existing = client.json("agent", "PUT", "/issues/SUP-3/account", "{\"accountKey\":\"GLOBEX\"}");
        HttpResponse<String> missing = client.json("agent", "PUT", "/issues/SUP-3/account", "{\"accountKey\":\"NOPE\"}");
        assertThat(existing.statusCode()).as(existing.body()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(existing.body()).isEqualTo(missing.body());
        assertThat(client.send("agent", "DELETE", "/issues/SUP-3/account", null, null).statusCode()).isEqualTo(404);

        HttpResponse<String> linked = client.json("csm", "PUT", "/issues/SUP-3/account", "{\"accountKey\":\"GLOBEX\"}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(client.send("csm", "DELETE", "/issues/SUP-3/account", null, null).statusCode()).isEqualTo(204);
    }

    @Test
    void shouldNotLinkAnIssueOutsideTheSupportProjects() {
        HttpResponse<String> refused = client.json("admin", "PUT", "/issues/OPS-1/account", "{\"accountKey\":\"ACME\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(client.send("admin", "DELETE", "/issues/OPS-1/account", null, null).statusCode()).isEqualTo(404);
    }

    // ---- 4. REST ingestion of CSAT/NPS only from import and manual sources ----

    @Test
    void shouldRefuseJsmAndSurveySourcesOnCsatIngestion() {
        for (String source : List.of("JSM", "SURVEY", "jsm", "Survey")) {
            HttpResponse<String> one = client.json("csm", "POST", "/csat", csat("one-" + source, source));
            assertThat(one.statusCode()).as(one.body()).isEqualTo(400);
            assertThat(errors(one).has("source")).as(one.body()).isTrue();
            HttpResponse<String> bulk = client.json("csm", "POST", "/csat/bulk", "{\"rows\":[" + csat("b1-" + source, "IMPORT")
                    + "," + csat("b2-" + source, source) + "]}");
            assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(400);
            assertThat(errors(bulk).has("rows[1].source")).as(bulk.body()).isTrue();
        }
        assertThat(client.get("viewer", "/accounts/INITECH/csat").body()).doesNotContain("b1-").doesNotContain("one-");
        assertThat(client.json("csm", "POST", "/csat", csat("ok-import", "import")).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseSurveySourceOnNpsIngestion() {
        HttpResponse<String> one = client.json("csm", "POST", "/nps", nps("n-survey", "SURVEY"));
        assertThat(one.statusCode()).as(one.body()).isEqualTo(400);
        assertThat(errors(one).has("source")).as(one.body()).isTrue();
        HttpResponse<String> bulk = client.json("csm", "POST", "/nps/bulk", "{\"rows\":[" + nps("nb-survey", "SURVEY") + "]}");
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(400);
        assertThat(errors(bulk).has("rows[0].source")).as(bulk.body()).isTrue();
        assertThat(client.json("csm", "POST", "/nps", nps("n-manual", "MANUAL")).statusCode()).isEqualTo(200);
        assertThat(client.json("csm", "POST", "/nps", nps("n-import", "IMPORT")).statusCode()).isEqualTo(200);
    }

    private static String csat(String externalId, String source) {
        return "{\"externalId\":\"" + externalId + "\",\"source\":\"" + source + "\",\"accountKey\":\"INITECH\","
                + "\"rating\":1,\"answeredAt\":\"2025-01-15T10:00:00Z\"}";
    }

    private static String nps(String externalId, String source) {
        return "{\"externalId\":\"" + externalId + "\",\"source\":\"" + source + "\",\"accountKey\":\"INITECH\","
                + "\"score\":2,\"answeredAt\":\"2025-01-15T10:00:00Z\"}";
    }

    private static JsonObject errors(HttpResponse<String> response) {
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        return body.has("errors") ? body.getAsJsonObject("errors") : new JsonObject();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
