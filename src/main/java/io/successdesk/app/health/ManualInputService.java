package io.successdesk.app.health;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.health.MeasureObservation;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
  * Health inputs from outside (docs/product.md §4): the CSM sentiment a person enters (1–5, a manual observation that
  * goes
 * stale after the validity window of its scorecard measure) and custom metrics integrations push.
 */
@Named
public class ManualInputService {

    /** The largest absolute value a custom metric may have. */
    public static final double MAX_ABS_VALUE = 1e15;

    private final ManualInputStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountChanges changes;

    @Inject
    public ManualInputService(ManualInputStore store, AuditLog audit, Clock clock, AccountChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the value of {@code measure} (CSM_SENTIMENT or a CUSTOM measure) for the account, observed at
     * {@code observedAt} (now when empty, never in the future); {@code sampleSize} only for custom metrics.
     *
     * @throws InvalidInputException on field {@code measure}, {@code value}, {@code sampleSize} or {@code observedAt}
     */
    public MeasureObservation record(AccountKey account, MeasureId measure, Double value, Optional<Integer> sampleSize,
                                     Optional<Instant> observedAt, String actor) {
        Instant now = clock.instant();
        Instant at = observedAt.orElse(now);
        if (at.isAfter(now)) {
            throw new InvalidInputException("observedAt", "must not be in the future");
        }
        if (value == null || !Double.isFinite(value) || Math.abs(value) > MAX_ABS_VALUE) {
            throw new InvalidInputException("value", value == null ? "is required" : "is out of range");
        }
        MeasureObservation observation;
        if (measure.kind() == MeasureKind.CSM_SENTIMENT) {
            if (value < 1 || value > 5 || value != Math.rint(value)) {
                throw new InvalidInputException("value", "must be a whole number 1–5");
            }
            if (sampleSize.isPresent()) {
                throw new InvalidInputException("sampleSize", "is only for custom metrics");
            }
            observation = MeasureObservation.manual(measure, value, at);
        } else if (measure.kind() == MeasureKind.CUSTOM) {
            int n = sampleSize.orElse(1);
            if (n < 0) {
                throw new InvalidInputException("sampleSize", "must be 0 or more");
            }
            observation = MeasureObservation.computed(measure, value, n, at);
        } else {
            throw new InvalidInputException("measure", "must be csm-sentiment or a custom metric");
        }
        MeasureObservation recorded = observation;
        return changes.write(account, () -> {
            store.add(account, recorded);
            audit.record(new AuditEntry(now, actor, "health.input", "account", account.value(), Optional.empty(),
                    Optional.of(measure + "=" + value + "; observedAt=" + at)));
            return recorded;
        });
    }
}
