package io.successdesk.app.account;

import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;

import java.util.Objects;

/** The latest effective health recorded on an account (see {@link AccountStore#recordRefresh}), as the list shows it. */
public record RecordedHealth(HealthScore score, HealthBand band) {

    public RecordedHealth {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(band, "band");
    }
}
