package io.successdesk.jira.config;

import io.successdesk.app.ticket.BackfillProgress;
import io.successdesk.jira.InMemoryPluginSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PluginSettingsJobStateTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final InMemoryPluginSettings settings = new InMemoryPluginSettings();
    private final PluginSettingsJobState state = new PluginSettingsJobState(settings);

    @Test
    void shouldKeepTheRebuildsTotalFailuresAndLastProblem() {
        BackfillProgress progress = new BackfillProgress(List.of("SUP", "HELP"), 1, 4200, 700, 650, 1200, 3,
                Optional.of("issue 4107 (SUP): the reporter's mail cannot be read"), "admin", T0, T0.plusSeconds(90));

        state.save(progress);

        assertThat(state.load()).contains(progress);
    }

    @Test
    void shouldReadACursorStoredBeforeTotalsWereKeptAsNotCounted() {
        settings.createGlobalSettings().put(PluginSettingsJobState.BACKFILL, Map.of("projects", "SUP",
                "projectIndex", "0", "afterIssueId", "200", "processed", "200", "recorded", "190", "startedBy", "admin",
                "startedAt", T0.toString(), "updatedAt", T0.plusSeconds(60).toString()));

        BackfillProgress old = state.load().orElseThrow();

        assertThat(old.processed()).isEqualTo(200);
        assertThat(old.total()).isZero();
        assertThat(old.failed()).isZero();
        assertThat(old.lastProblem()).isEmpty();
        assertThat(old.timeLeft()).isEmpty();
    }
}
