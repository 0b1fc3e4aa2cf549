package io.successdesk.app.health;

import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.Measure;

import java.util.List;

/** Port: saving a scorecard, always as a new version that becomes current (snapshots keep naming the old one). */
public interface ScorecardVersions {

    HealthScorecard saveNewVersion(List<Measure> measures, BandThresholds thresholds);
}
