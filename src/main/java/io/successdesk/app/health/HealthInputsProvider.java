package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.MeasureObservation;

import java.time.Instant;
import java.util.List;

/**
 * Port: the observed measure values of an account (support signals from the ticket ledger, CSAT, NPS, sentiment,
 * touchpoints, renewal, ARR, custom metrics), as of an instant. Measures without data are simply left out.
 */
public interface HealthInputsProvider {

    List<MeasureObservation> observations(AccountKey account, Instant asOf);
}
