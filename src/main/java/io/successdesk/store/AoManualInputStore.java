package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.health.ManualInputStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.MeasureObservation;
import io.successdesk.store.ao.ManualInput;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.successdesk.store.StoredValues.millis;

/**
 * Manual and pushed health inputs in {@code MANUAL_INPUT}; every value is kept. {@link #latestInputs} reads one row
 * per measure: each query asks the (account, measure, observed at) index for the first measure after the previous
 * one, newest value first, so the cost is one indexed lookup per measure the account has, whatever the history.
 * Of two values observed at the same instant the later stored wins.
 */
@Named
public class AoManualInputStore implements ManualInputStore {

    /** Safety bound on the measures read for one account (a scorecard has far fewer). */
    static final int MAX_MEASURES = 200;

    private final ActiveObjects ao;

    @Inject
    public AoManualInputStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /** Keeps an entered or pushed value of one of the account's measures. */
    public void add(AccountKey account, MeasureObservation observation) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(observation, "observation");
        ao.executeInTransaction(() -> ao.create(ManualInput.class,
                new DBParam(ManualInput.ACCOUNT_KEY, account.value()),
                new DBParam(ManualInput.MEASURE_CODE, observation.measureId().toString()),
                new DBParam(ManualInput.INPUT_VALUE, Double.toString(observation.value())),
                new DBParam(ManualInput.SAMPLE_SIZE, observation.sampleSize()),
                new DBParam(ManualInput.OBSERVED_AT, millis(observation.observedAt())),
                new DBParam(ManualInput.ENTERED_MANUALLY, observation.manual())));
    }

    @Override
    public List<MeasureObservation> latestInputs(AccountKey account, Instant asOf) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asOf, "asOf");
        return ao.executeInTransaction(() -> {
            List<MeasureObservation> latest = new ArrayList<>();
            String afterCode = null; // never "": Oracle reads an empty string as NULL
            while (latest.size() < MAX_MEASURES) {
                Criteria criteria = new Criteria().and(ManualInput.ACCOUNT_KEY + " = ?", account.value())
                        .and(ManualInput.OBSERVED_AT + " <= ?", millis(asOf));
                if (afterCode != null) {
                    criteria.and(ManualInput.MEASURE_CODE + " > ?", afterCode);
                }
                ManualInput[] next = ao.find(ManualInput.class, criteria.applyTo(Query.select())
                        .order(ManualInput.MEASURE_CODE + " ASC, " + ManualInput.OBSERVED_AT + " DESC, ID DESC")
                        .limit(1));
                if (next.length == 0) {
                    break;
                }
                latest.add(toObservation(next[0]));
                afterCode = next[0].getMeasureCode();
            }
            return List.copyOf(latest);
        });
    }

    private static MeasureObservation toObservation(ManualInput row) {
        return new MeasureObservation(AoHealthHistory.measureId(row.getMeasureCode()),
                Double.parseDouble(row.getInputValue()), row.getSampleSize(), Instant.ofEpochMilli(row.getObservedAt()),
                row.isEnteredManually());
    }
}
