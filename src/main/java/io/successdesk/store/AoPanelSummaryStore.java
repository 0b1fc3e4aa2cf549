package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.successdesk.app.panel.PanelSummary;
import io.successdesk.app.panel.PanelSummaryStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.CtaFacts;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.CtaType;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.store.ao.AccountChange;
import io.successdesk.store.ao.PanelSummaryRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Panel summaries in {@code PANEL_SUMMARY_ROW}: the account key, the time and the newest account-change mark the
 * summary reflects in columns, the rest as one compact JSON text (short member names, absent values left out). Put
 * replaces the account's row(s) in one transaction; a read takes the newest row and serves it only while the account
 * has no newer mark in {@code ACCOUNT_CHANGE}, so a write needs nothing but its mark to make the summary out of date.
 * Puts are monotonic: a summary reflecting an older mark never replaces one reflecting a newer mark, and a put that
 * collides with another is run again (so the newest survives when the processor's marks are removed).
 */
@Named
public class AoPanelSummaryStore implements PanelSummaryStore {

    private final ActiveObjects ao;

    @Inject
    public AoPanelSummaryStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<PanelSummary> get(AccountKey account) {
        Objects.requireNonNull(account, "account");
        return ao.executeInTransaction(() -> {
            PanelSummaryRow[] rows = ao.find(PanelSummaryRow.class, Query.select()
                    .where(PanelSummaryRow.ACCOUNT_KEY + " = ?", account.value()).order("ID DESC").limit(1));
            if (rows.length == 0) {
                return Optional.<PanelSummary>empty();
            }
            long reflects = rows[0].getReflectsMark() == null ? 0 : rows[0].getReflectsMark();
            if (AoAccountChangeLog.newestMark(ao, account.value()) > reflects) {
                return Optional.<PanelSummary>empty();   // a write changed the account after the summary was assembled
            }
            return Optional.of(fromJson(account, Instant.ofEpochMilli(rows[0].getComputedAt()), rows[0].getBody()));
        });
    }

    /** Two statements for the whole batch: the summary rows, then the pending marks of the same accounts. */
    @Override
    public Map<AccountKey, PanelSummary> getAll(Collection<AccountKey> accounts) {
        Objects.requireNonNull(accounts, "accounts");
        if (accounts.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " accounts at once, got " + accounts.size());
        }
        if (accounts.isEmpty()) {
            return Map.of();
        }
        List<String> keys = accounts.stream().map(AccountKey::value).distinct().toList();
        String in = " IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")";
        return ao.executeInTransaction(() -> {
            Map<String, PanelSummaryRow> newestRow = new HashMap<>();
            ao.stream(PanelSummaryRow.class, Query.select("ID, " + PanelSummaryRow.ACCOUNT_KEY + ", "
                            + PanelSummaryRow.COMPUTED_AT + ", " + PanelSummaryRow.BODY + ", " + PanelSummaryRow.REFLECTS_MARK)
                    .where(PanelSummaryRow.ACCOUNT_KEY + in, keys.toArray()), row -> newestRow.merge(row.getAccountKey(),
                    row, (kept, other) -> other.getID() > kept.getID() ? other : kept));
            Map<String, Long> newestMark = new HashMap<>();
            ao.stream(AccountChange.class, Query.select("ID, " + AccountChange.ACCOUNT_KEY)
                    .where(AccountChange.ACCOUNT_KEY + in, keys.toArray()),
                    mark -> newestMark.merge(mark.getAccountKey(), (long) mark.getID(), Math::max));
            Map<AccountKey, PanelSummary> current = new LinkedHashMap<>();
            for (String key : keys) {
                PanelSummaryRow row = newestRow.get(key);
                long reflects = row == null || row.getReflectsMark() == null ? 0 : row.getReflectsMark();
                if (row != null && newestMark.getOrDefault(key, 0L) <= reflects) {
                    AccountKey account = AccountKey.of(key);
                    current.put(account, fromJson(account, Instant.ofEpochMilli(row.getComputedAt()), row.getBody()));
                }
            }
            return current;
        });
    }

    @Override
    public void put(PanelSummary summary, long reflectsMark) {
        Objects.requireNonNull(summary, "summary");
        String body = toJson(summary);
        String key = summary.account().value();
        ConflictRetry.inTransaction(ao, () -> {
            PanelSummaryRow[] stored = ao.find(PanelSummaryRow.class, Query.select("ID, " + PanelSummaryRow.REFLECTS_MARK)
                    .where(PanelSummaryRow.ACCOUNT_KEY + " = ?", key));
            for (PanelSummaryRow row : stored) {
                if (row.getReflectsMark() != null && row.getReflectsMark() > reflectsMark) {
                    return null;   // a summary of a later write is stored already: never go back
                }
            }
            if (stored.length == 1) {   // the usual case: one statement
                stored[0].setComputedAt(summary.computedAt().toEpochMilli());
                stored[0].setBody(body);
                stored[0].setReflectsMark(reflectsMark);
                stored[0].save();
                return null;
            }
            ao.deleteWithSQL(PanelSummaryRow.class, PanelSummaryRow.ACCOUNT_KEY + " = ?", key);
            ao.create(PanelSummaryRow.class,
                    new DBParam(PanelSummaryRow.ACCOUNT_KEY, key),
                    new DBParam(PanelSummaryRow.COMPUTED_AT, summary.computedAt().toEpochMilli()),
                    new DBParam(PanelSummaryRow.BODY, body),
                    new DBParam(PanelSummaryRow.REFLECTS_MARK, reflectsMark));
            return null;
        });
    }

    @Override
    public void invalidate(AccountKey account) {
        Objects.requireNonNull(account, "account");
        ao.executeInTransaction(() ->
                ao.deleteWithSQL(PanelSummaryRow.class, PanelSummaryRow.ACCOUNT_KEY + " = ?", account.value()));
    }

    static String toJson(PanelSummary summary) {
        JsonObject json = new JsonObject();
        json.addProperty("v", 1);
        json.addProperty("name", summary.name());
        json.addProperty("tier", summary.tier());
        summary.csmUserKey().ifPresent(csm -> json.addProperty("csm", csm));
        summary.renewalDate().ifPresent(day -> json.addProperty("renewal", day.toString()));
        summary.arr().ifPresent(arr -> {
            json.addProperty("arr", arr.minorUnits());
            json.addProperty("cur", arr.currencyCode());
        });
        summary.health().ifPresent(health -> {
            JsonObject h = new JsonObject();
            h.addProperty("day", health.day().toString());
            health.score().ifPresent(score -> h.addProperty("score", score.value()));
            health.band().ifPresent(band -> h.addProperty("band", band.name()));
            if (health.overridden()) {
                h.addProperty("over", true);
            }
            health.trend30Days().ifPresent(trend -> h.addProperty("trend", trend));
            h.add("why", strings(health.topReasons(), MeasureId::toString));
            JsonArray days = new JsonArray();
            for (PanelSummary.DayScore point : health.history()) {
                JsonArray pair = new JsonArray();
                pair.add(point.day().toString());
                pair.add(point.score().value());
                days.add(pair);
            }
            h.add("hist", days);
            json.add("h", h);
        });
        json.addProperty("open", summary.openTickets());
        JsonArray csat = new JsonArray();
        for (long count : summary.csat().counts().toArray()) {
            csat.add(count);
        }
        json.add("csat", csat);
        json.addProperty("csatMinN", summary.csat().minimumN());
        JsonArray objectives = new JsonArray();
        for (PanelSummary.OpenObjective objective : summary.openObjectives()) {
            JsonObject o = new JsonObject();
            o.addProperty("plan", objective.planTitle());
            o.addProperty("t", objective.title());
            o.addProperty("s", objective.status().name());
            o.addProperty("due", objective.dueDate().toString());
            objectives.add(o);
        }
        json.add("obj", objectives);
        JsonArray tasks = new JsonArray();
        for (PanelSummary.OverdueTask task : summary.overdueTasks()) {
            JsonObject t = new JsonObject();
            t.addProperty("plan", task.planTitle());
            t.addProperty("t", task.title());
            t.addProperty("due", task.dueDate().toString());
            tasks.add(t);
        }
        json.add("late", tasks);
        JsonArray ctas = new JsonArray();
        for (PanelSummary.CtaLine cta : summary.openCtas()) {
            JsonObject c = new JsonObject();
            c.addProperty("id", cta.id());
            c.addProperty("type", cta.type().name());
            c.addProperty("why", cta.reason().name());
            c.addProperty("s", cta.status().name());
            c.add("f", CtaFactsJson.toJson(cta.facts()));
            cta.jiraIssueKey().ifPresent(key -> c.addProperty("issue", key));
            cta.snoozedUntil().ifPresent(day -> c.addProperty("until", day.toString()));
            ctas.add(c);
        }
        json.add("ctas", ctas);
        return json.toString();
    }

    static PanelSummary fromJson(AccountKey account, Instant computedAt, String body) {
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        Optional<PanelSummary.Health> health = Optional.ofNullable(json.getAsJsonObject("h")).map(h ->
                new PanelSummary.Health(LocalDate.parse(h.get("day").getAsString()),
                        text(h, "score").map(s -> HealthScore.of(Double.parseDouble(s))),
                        text(h, "band").map(HealthBand::valueOf), h.has("over") && h.get("over").getAsBoolean(),
                        h.has("trend") ? OptionalDouble.of(h.get("trend").getAsDouble()) : OptionalDouble.empty(),
                        list(h.getAsJsonArray("why"), e -> measure(e.getAsString())), history(h)));
        JsonArray csat = json.getAsJsonArray("csat");
        long[] counts = new long[csat.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = csat.get(i).getAsLong();
        }
        return new PanelSummary(account, json.get("name").getAsString(), json.get("tier").getAsString(),
                text(json, "csm"), text(json, "renewal").map(LocalDate::parse),
                json.has("arr") ? Optional.of(Money.of(json.get("arr").getAsLong(), json.get("cur").getAsString()))
                        : Optional.empty(),
                health, json.get("open").getAsInt(),
                CsatSummary.of(RatingCounts.of(counts), json.get("csatMinN").getAsInt()),
                list(json.getAsJsonArray("obj"), e -> {
                    JsonObject o = e.getAsJsonObject();
                    return new PanelSummary.OpenObjective(o.get("plan").getAsString(), o.get("t").getAsString(),
                            ObjectiveStatus.valueOf(o.get("s").getAsString()), LocalDate.parse(o.get("due").getAsString()));
                }),
                list(json.getAsJsonArray("late"), e -> {
                    JsonObject t = e.getAsJsonObject();
                    return new PanelSummary.OverdueTask(t.get("plan").getAsString(), t.get("t").getAsString(),
                            LocalDate.parse(t.get("due").getAsString()));
                }),
                list(json.getAsJsonArray("ctas"), e -> {
                    JsonObject c = e.getAsJsonObject();
                    return new PanelSummary.CtaLine(c.get("id").getAsString(), CtaType.valueOf(c.get("type").getAsString()),
                            CtaReason.valueOf(c.get("why").getAsString()), CtaStatus.valueOf(c.get("s").getAsString()),
                            ctaFacts(c), text(c, "issue"), text(c, "until").map(LocalDate::parse));
                }),
                computedAt);
    }

    /** The health's daily scores ({@code hist}: [day, score] pairs); none in a summary written before they were kept. */
    private static List<PanelSummary.DayScore> history(JsonObject health) {
        JsonArray days = health.getAsJsonArray("hist");
        return days == null ? List.of() : list(days, e -> new PanelSummary.DayScore(
                LocalDate.parse(e.getAsJsonArray().get(0).getAsString()),
                HealthScore.of(e.getAsJsonArray().get(1).getAsDouble())));
    }

    /** The CTA line's facts ({@code f}); a summary written before facts existed has an English sentence ({@code x}). */
    private static CtaFacts ctaFacts(JsonObject line) {
        CtaReason reason = CtaReason.valueOf(line.get("why").getAsString());
        return line.has("f") ? CtaFactsJson.fromJson(reason, line.getAsJsonObject("f"))
                : CtaFacts.legacy(reason, line.get("x").getAsString());
    }

    private static MeasureId measure(String text) {
        return text.startsWith(MeasureKind.CUSTOM.name() + ":")
                ? MeasureId.custom(text.substring(MeasureKind.CUSTOM.name().length() + 1))
                : MeasureId.of(MeasureKind.valueOf(text));
    }

    private static Optional<String> text(JsonObject json, String member) {
        JsonElement element = json.get(member);
        return element == null || element.isJsonNull() ? Optional.empty() : Optional.of(element.getAsString());
    }

    private static <T> JsonArray strings(List<T> values, Function<T, String> text) {
        JsonArray array = new JsonArray();
        values.forEach(value -> array.add(text.apply(value)));
        return array;
    }

    private static <T> List<T> list(JsonArray array, Function<JsonElement, T> item) {
        List<T> values = new ArrayList<>(array.size());
        array.forEach(element -> values.add(item.apply(element)));
        return values;
    }
}
