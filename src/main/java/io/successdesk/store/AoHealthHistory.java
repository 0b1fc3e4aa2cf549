package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.health.DailyHealthRollup;
import io.successdesk.app.health.HealthHistory;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthBandChange;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Money;
import io.successdesk.store.ao.ArrAtRiskDay;
import io.successdesk.store.ao.DailyHealth;
import io.successdesk.store.ao.HealthBandDay;
import io.successdesk.store.ao.MeasureScore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

import static io.successdesk.store.StoredValues.epochDay;
import static io.successdesk.store.StoredValues.fromTenths;
import static io.successdesk.store.StoredValues.tenths;

/**
 * Daily health snapshots ({@code DAILY_HEALTH} + {@code MEASURE_SCORE} children) and their dashboard rollups
 * ({@code HEALTH_BAND_DAY}, {@code ARR_AT_RISK_DAY}), written in one transaction.
 *
 * <p>Rollup rows are additive partial counters: a write adds its snapshot's contribution (band +1, ARR of a red
 * account) to the day's row with an atomic {@code UPDATE ... SET c = c + ?}, and replacing a snapshot first
 * subtracts the old one's. Two writers that both create a day's first row leave two rows; readers sum them, so
 * the figures stay right without a unique constraint. {@link #rebuildRollups()} recomputes everything from the
 * snapshots (one row per day and currency) and must give the same figures.
 */
@Named
public class AoHealthHistory implements HealthHistory {

    /** Snapshot ids per {@code IN (...)} list: below Oracle's 1,000. */
    private static final int IN_CHUNK = 500;
    /** Days a read of {@link #bandChanges} fetches. */
    private static final int BAND_BATCH = 500;
    private static final String BAND_COLUMNS = "ID, " + DailyHealth.EPOCH_DAY + ", " + DailyHealth.EFFECTIVE_BAND + ", "
            + DailyHealth.EFFECTIVE_TENTHS;

    private final ActiveObjects ao;

    @Inject
    public AoHealthHistory(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void save(HealthSnapshot snapshot, Optional<Money> arr) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(arr, "arr");
        ao.executeInTransaction(() -> {
            for (DailyHealth earlier : ao.find(DailyHealth.class, Query.select()
                    .where(DailyHealth.ACCOUNT_KEY + " = ? AND " + DailyHealth.EPOCH_DAY + " = ?",
                            snapshot.account().value(), epochDay(snapshot.day())))) {
                applyToRollups(Contribution.of(earlier), -1);
                ao.deleteWithSQL(MeasureScore.class, MeasureScore.SNAPSHOT_ID + " = ?", earlier.getID());
                ao.delete(earlier);
            }
            DailyHealth row = ao.create(DailyHealth.class, columns(snapshot, arr));
            snapshot.measureScores().forEach((id, score) -> ao.create(MeasureScore.class,
                    new DBParam(MeasureScore.SNAPSHOT_ID, row.getID()),
                    new DBParam(MeasureScore.MEASURE_CODE, id.toString()),
                    new DBParam(MeasureScore.SCORE_TENTHS, tenths(score))));
            applyToRollups(Contribution.of(row), +1);
            return null;
        });
    }

    @Override
    public int erase(AccountKey account) {
        Objects.requireNonNull(account, "account");
        return ao.executeInTransaction(() -> {
            DailyHealth[] snapshots = ao.find(DailyHealth.class, Query.select()
                    .where(DailyHealth.ACCOUNT_KEY + " = ?", account.value()));
            for (DailyHealth snapshot : snapshots) {
                applyToRollups(Contribution.of(snapshot), -1);
                ao.deleteWithSQL(MeasureScore.class, MeasureScore.SNAPSHOT_ID + " = ?", snapshot.getID());
            }
            ao.deleteWithSQL(DailyHealth.class, DailyHealth.ACCOUNT_KEY + " = ?", account.value());
            return snapshots.length;
        });
    }

    @Override
    public List<HealthSnapshot> history(AccountKey account, DateWindow window) {
        Objects.requireNonNull(account, "account");
        int days = Math.toIntExact(Math.max(1, window.days()));
        return ao.executeInTransaction(() -> toSnapshots(ao.find(DailyHealth.class, Query.select()
                .where(DailyHealth.ACCOUNT_KEY + " = ? AND " + DailyHealth.EPOCH_DAY + " >= ? AND "
                                + DailyHealth.EPOCH_DAY + " < ?", account.value(), epochDay(window.start()),
                        epochDay(window.endExclusive()))
                .order(DailyHealth.EPOCH_DAY + " ASC")
                .limit(days))));
    }

    @Override
    public List<HealthBandChange> bandChanges(AccountKey account, Optional<LocalDate> onOrBefore, int limit) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(onOrBefore, "onOrBefore");
        HealthBandChange.Finder finder = new HealthBandChange.Finder(limit);
        if (limit == 0) {
            return List.of();
        }
        ao.executeInTransaction(() -> {
            Optional<Integer> before = onOrBefore.map(day -> epochDay(day) + 1);
            boolean wanted = true;
            while (wanted) {
                Criteria criteria = new Criteria().and(DailyHealth.ACCOUNT_KEY + " = ?", account.value())
                        .and(DailyHealth.EFFECTIVE_BAND + " IS NOT NULL");
                before.ifPresent(day -> criteria.and(DailyHealth.EPOCH_DAY + " < ?", day));
                DailyHealth[] rows = ao.find(DailyHealth.class, criteria.applyTo(Query.select(BAND_COLUMNS))
                        .order(DailyHealth.EPOCH_DAY + " DESC").limit(BAND_BATCH));
                for (int i = 0; i < rows.length && wanted; i++) {
                    wanted = finder.offer(StoredValues.day(rows[i].getEpochDay()),
                            rows[i].getEffectiveBand(), score(rows[i].getEffectiveTenths()));
                }
                if (rows.length < BAND_BATCH) {
                    break;
                }
                before = Optional.of(rows[rows.length - 1].getEpochDay());
            }
            return null;
        });
        return finder.changes();
    }

    @Override
    public Set<AccountKey> snapshotted(Collection<AccountKey> accounts, LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<String> keys = accounts.stream().map(AccountKey::value).distinct().toList();
        Set<AccountKey> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = epochDay(day);
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i + 1] = chunk.get(i);
            }
            ao.executeInTransaction(() -> {
                for (DailyHealth row : ao.find(DailyHealth.class, Query.select("ID, " + DailyHealth.ACCOUNT_KEY)
                        .where(DailyHealth.EPOCH_DAY + " = ? AND " + DailyHealth.ACCOUNT_KEY + " IN ("
                                + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", parameters))) {
                    found.add(AccountKey.of(row.getAccountKey()));
                }
                return null;
            });
        }
        return found;
    }

    @Override
    public Optional<HealthSnapshot> onOrBefore(AccountKey account, LocalDate day) {
        Objects.requireNonNull(account, "account");
        return ao.executeInTransaction(() -> toSnapshots(ao.find(DailyHealth.class, Query.select()
                .where(DailyHealth.ACCOUNT_KEY + " = ? AND " + DailyHealth.EPOCH_DAY + " <= ?", account.value(),
                        epochDay(day))
                .order(DailyHealth.EPOCH_DAY + " DESC")
                .limit(1))).stream().findFirst());
    }

    @Override
    public List<DailyHealthRollup> dailyRollups(DateWindow window) {
        Objects.requireNonNull(window, "window");
        Object[] range = {epochDay(window.start()), epochDay(window.endExclusive())};
        String inRange = " >= ? AND ";
        return ao.executeInTransaction(() -> {
            Map<Integer, int[]> bands = new HashMap<>();
            ao.stream(HealthBandDay.class, Query.select(String.join(", ", HealthBandDay.EPOCH_DAY,
                            HealthBandDay.RED_COUNT, HealthBandDay.AMBER_COUNT, HealthBandDay.GREEN_COUNT))
                    .where(HealthBandDay.EPOCH_DAY + inRange + HealthBandDay.EPOCH_DAY + " < ?", range), row -> {
                int[] counts = bands.computeIfAbsent(row.getEpochDay(), day -> new int[3]);
                counts[0] += row.getRedCount();
                counts[1] += row.getAmberCount();
                counts[2] += row.getGreenCount();
            });
            Map<Integer, Map<String, long[]>> arr = new HashMap<>();
            ao.stream(ArrAtRiskDay.class, Query.select(String.join(", ", ArrAtRiskDay.EPOCH_DAY,
                            ArrAtRiskDay.CURRENCY, ArrAtRiskDay.MINOR_UNITS, ArrAtRiskDay.ACCOUNTS))
                    .where(ArrAtRiskDay.EPOCH_DAY + inRange + ArrAtRiskDay.EPOCH_DAY + " < ?", range), row -> {
                long[] sum = arr.computeIfAbsent(row.getEpochDay(), day -> new HashMap<>())
                        .computeIfAbsent(row.getCurrency(), currency -> new long[2]);
                sum[0] += row.getMinorUnits();
                sum[1] += row.getAccounts();
            });
            return bands.entrySet().stream()
                    .filter(day -> Arrays.stream(day.getValue()).sum() > 0)
                    .sorted(Map.Entry.comparingByKey())
                    .map(day -> new DailyHealthRollup(StoredValues.day(day.getKey()), day.getValue()[0],
                            day.getValue()[1], day.getValue()[2], money(arr.getOrDefault(day.getKey(), Map.of()))))
                    .toList();
        });
    }

    /**
     * Recomputes both rollups from the raw snapshots (streamed), replacing every rollup row: the repair for
     * rollups that drifted, and the proof that the incremental ones are right.
     *
     * @return the number of days rebuilt
     */
    public int rebuildRollups() {
        return ao.executeInTransaction(() -> {
            Map<Integer, int[]> bands = new HashMap<>();
            Map<Integer, Map<String, long[]>> arr = new HashMap<>();
            ao.stream(DailyHealth.class, Query.select(String.join(", ", DailyHealth.EPOCH_DAY,
                    DailyHealth.EFFECTIVE_BAND, DailyHealth.ARR_MINOR_UNITS, DailyHealth.ARR_CURRENCY)), row -> {
                Contribution contribution = Contribution.of(row);
                int[] counts = bands.computeIfAbsent(contribution.epochDay, day -> new int[3]);
                contribution.band.ifPresent(band -> counts[band.ordinal()]++);
                contribution.arrAtRisk.ifPresent(money -> {
                    long[] sum = arr.computeIfAbsent(contribution.epochDay, day -> new HashMap<>())
                            .computeIfAbsent(money.currencyCode(), currency -> new long[2]);
                    sum[0] = Math.addExact(sum[0], money.minorUnits());
                    sum[1]++;
                });
            });
            ao.deleteWithSQL(HealthBandDay.class, HealthBandDay.EPOCH_DAY + " IS NOT NULL");
            ao.deleteWithSQL(ArrAtRiskDay.class, ArrAtRiskDay.EPOCH_DAY + " IS NOT NULL");
            bands.forEach((day, counts) -> ao.create(HealthBandDay.class,
                    new DBParam(HealthBandDay.EPOCH_DAY, day),
                    new DBParam(HealthBandDay.RED_COUNT, counts[HealthBand.RED.ordinal()]),
                    new DBParam(HealthBandDay.AMBER_COUNT, counts[HealthBand.AMBER.ordinal()]),
                    new DBParam(HealthBandDay.GREEN_COUNT, counts[HealthBand.GREEN.ordinal()])));
            arr.forEach((day, currencies) -> currencies.forEach((currency, sum) -> ao.create(ArrAtRiskDay.class,
                    new DBParam(ArrAtRiskDay.EPOCH_DAY, day),
                    new DBParam(ArrAtRiskDay.CURRENCY, currency),
                    new DBParam(ArrAtRiskDay.MINOR_UNITS, sum[0]),
                    new DBParam(ArrAtRiskDay.ACCOUNTS, (int) sum[1]))));
            return bands.size();
        });
    }

    /** What one snapshot adds to the rollups of its day. */
    private record Contribution(int epochDay, Optional<HealthBand> band, Optional<Money> arrAtRisk) {

        static Contribution of(DailyHealth row) {
            Optional<HealthBand> band = Optional.ofNullable(row.getEffectiveBand());
            Optional<Money> arr = band.filter(HealthBand.RED::equals)
                    .flatMap(red -> Optional.ofNullable(row.getArrCurrency()))
                    .map(currency -> Money.of(row.getArrMinorUnits(), currency));
            return new Contribution(row.getEpochDay(), band, arr);
        }
    }

    private void applyToRollups(Contribution contribution, int sign) {
        contribution.band.ifPresent(band -> {
            HealthBandDay[] rows = ao.find(HealthBandDay.class, Query.select()
                    .where(HealthBandDay.EPOCH_DAY + " = ?", contribution.epochDay).limit(1));
            Map<String, Integer> increments = Map.of(
                    HealthBandDay.RED_COUNT, band == HealthBand.RED ? sign : 0,
                    HealthBandDay.AMBER_COUNT, band == HealthBand.AMBER ? sign : 0,
                    HealthBandDay.GREEN_COUNT, band == HealthBand.GREEN ? sign : 0);
            if (rows.length == 0) {
                ao.create(HealthBandDay.class, new DBParam(HealthBandDay.EPOCH_DAY, contribution.epochDay),
                        new DBParam(HealthBandDay.RED_COUNT, increments.get(HealthBandDay.RED_COUNT)),
                        new DBParam(HealthBandDay.AMBER_COUNT, increments.get(HealthBandDay.AMBER_COUNT)),
                        new DBParam(HealthBandDay.GREEN_COUNT, increments.get(HealthBandDay.GREEN_COUNT)));
            } else {
                CounterSql.add(rows[0], rows[0].getID(), increments);
            }
        });
        contribution.arrAtRisk.ifPresent(money -> {
            ArrAtRiskDay[] rows = ao.find(ArrAtRiskDay.class, Query.select()
                    .where(ArrAtRiskDay.EPOCH_DAY + " = ? AND " + ArrAtRiskDay.CURRENCY + " = ?",
                            contribution.epochDay, money.currencyCode()).limit(1));
            long minorUnits = Math.multiplyExact(money.minorUnits(), (long) sign);
            if (rows.length == 0) {
                ao.create(ArrAtRiskDay.class, new DBParam(ArrAtRiskDay.EPOCH_DAY, contribution.epochDay),
                        new DBParam(ArrAtRiskDay.CURRENCY, money.currencyCode()),
                        new DBParam(ArrAtRiskDay.MINOR_UNITS, minorUnits),
                        new DBParam(ArrAtRiskDay.ACCOUNTS, sign));
            } else {
                Map<String, Long> increments = new LinkedHashMap<>();
                increments.put(ArrAtRiskDay.MINOR_UNITS, minorUnits);
                increments.put(ArrAtRiskDay.ACCOUNTS, (long) sign);
                CounterSql.add(rows[0], rows[0].getID(), increments);
            }
        });
    }

    private static DBParam[] columns(HealthSnapshot snapshot, Optional<Money> arr) {
        return new DBParam[] {
                new DBParam(DailyHealth.ACCOUNT_KEY, snapshot.account().value()),
                new DBParam(DailyHealth.EPOCH_DAY, epochDay(snapshot.day())),
                new DBParam(DailyHealth.COMPUTED_TENTHS, snapshot.computedScore().map(s -> tenths(s.value())).orElse(null)),
                new DBParam(DailyHealth.COMPUTED_BAND, snapshot.computedBand().orElse(null)),
                new DBParam(DailyHealth.EFFECTIVE_TENTHS, snapshot.effectiveScore().map(s -> tenths(s.value())).orElse(null)),
                new DBParam(DailyHealth.EFFECTIVE_BAND, snapshot.effectiveBand().orElse(null)),
                new DBParam(DailyHealth.OVERRIDDEN, snapshot.overridden()),
                new DBParam(DailyHealth.SCORECARD_VERSION, snapshot.scorecardVersion()),
                new DBParam(DailyHealth.ARR_MINOR_UNITS, arr.map(Money::minorUnits).orElse(null)),
                new DBParam(DailyHealth.ARR_CURRENCY, arr.map(Money::currencyCode).orElse(null))
        };
    }

    private List<HealthSnapshot> toSnapshots(DailyHealth[] rows) {
        Map<Integer, Map<MeasureId, Double>> scores = new HashMap<>();
        for (int from = 0; from < rows.length; from += IN_CHUNK) {
            StringJoiner placeholders = new StringJoiner(", ", MeasureScore.SNAPSHOT_ID + " IN (", ")");
            List<Object> ids = new ArrayList<>();
            for (DailyHealth row : Arrays.asList(rows).subList(from, Math.min(rows.length, from + IN_CHUNK))) {
                placeholders.add("?");
                ids.add(row.getID());
            }
            for (MeasureScore score : ao.find(MeasureScore.class, Query.select().where(placeholders.toString(), ids.toArray()))) {
                scores.computeIfAbsent(score.getSnapshotId(), id -> new LinkedHashMap<>())
                        .put(measureId(score.getMeasureCode()), fromTenths(score.getScoreTenths()));
            }
        }
        return Arrays.stream(rows).map(row -> new HealthSnapshot(AccountKey.of(row.getAccountKey()),
                StoredValues.day(row.getEpochDay()), score(row.getComputedTenths()),
                Optional.ofNullable(row.getComputedBand()), score(row.getEffectiveTenths()),
                Optional.ofNullable(row.getEffectiveBand()), row.isOverridden(),
                scores.getOrDefault(row.getID(), Map.of()), row.getScorecardVersion())).toList();
    }

    private static Optional<HealthScore> score(Integer tenths) {
        return Optional.ofNullable(tenths).map(t -> HealthScore.of(fromTenths(t)));
    }

    /** Parses {@code MeasureId.toString()}. */
    static MeasureId measureId(String code) {
        return code.startsWith(MeasureKind.CUSTOM + ":")
                ? MeasureId.custom(code.substring(MeasureKind.CUSTOM.name().length() + 1))
                : MeasureId.of(MeasureKind.valueOf(code));
    }

    /** Sums of currencies with at least one red account, by currency code. */
    private static List<Money> money(Map<String, long[]> byCurrency) {
        return byCurrency.entrySet().stream().filter(entry -> entry.getValue()[1] > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> Money.of(entry.getValue()[0], entry.getKey())).toList();
    }
}
