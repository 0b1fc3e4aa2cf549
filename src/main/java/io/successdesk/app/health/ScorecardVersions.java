package io.successdesk.app.health;

import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.Measure;
import io.successdesk.domain.value.DateWindow;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: saving a scorecard, always as a new version that becomes current (snapshots keep naming the old one), and when
 * versions were saved.
 */
public interface ScorecardVersions {

    HealthScorecard saveNewVersion(List<Measure> measures, BandThresholds thresholds);

    /** The UTC days of {@code window} on which a new scorecard version was saved, oldest first, each once. */
    List<LocalDate> versionDays(DateWindow window);
}
