package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.MeasureObservation;

import java.time.Instant;
import java.util.List;

/**
 * Port: health inputs that are not derived from other app data but entered from outside: the CSM sentiment typed in
 * by a person ({@code CSM_SENTIMENT}, 1–5, a manual observation) and custom metrics pushed by REST ({@code CUSTOM}
 * measures, unit set by the pusher, computed observations).
 */
public interface ManualInputStore {

    /**
     * The latest value of each such measure of the account entered at or before {@code asOf}: at most one
     * observation per measure id; none for a measure that never had a value.
     */
    List<MeasureObservation> latestInputs(AccountKey account, Instant asOf);

    /** Keeps a value entered by a person or pushed by an integration; the latest per measure is the one read. */
    void add(AccountKey account, MeasureObservation observation);
}
