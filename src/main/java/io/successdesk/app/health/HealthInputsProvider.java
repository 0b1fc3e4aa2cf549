package io.successdesk.app.health;

import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.MeasureObservation;

import java.time.Instant;
import java.util.List;

/**
 * Port: the observed measure values of an account (support signals from the ticket ledger, CSAT, NPS, sentiment,
 * touchpoints, renewal, ARR, custom metrics), as of an instant. Measures without data are simply left out.
 */
public interface HealthInputsProvider {

    List<MeasureObservation> observations(AccountKey account, Instant asOf);

    /**
     * {@link #observations(AccountKey, Instant)} of an account the caller has just read, under the scorecard it has
     * just read (an account refresh reads each once).
     */
    default List<MeasureObservation> observations(Account account, HealthScorecard scorecard, Instant asOf) {
        return observations(account.key(), asOf);
    }
}
