package io.successdesk.app.health;

import io.successdesk.domain.health.HealthScorecard;

/** Port: the scorecard in use; {@link HealthScorecard#defaults()} until an admin saves another. */
public interface ScorecardStore {

    HealthScorecard current();
}
