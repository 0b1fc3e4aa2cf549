package io.successdesk.app.panel;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.CtaFacts;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.CtaType;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.voc.CsatSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything the issue panel shows for one account, assembled when the account is refreshed and stored as one row
 * (the panel's read model), so a panel view reads the ledger row and this summary and nothing else.
 *
 * @param account        the account
 * @param name           its name
 * @param tier           its tier's name
 * @param csmUserKey     its CSM
 * @param renewalDate    its renewal date
 * @param arr            its ARR (the REST layer omits it for callers who may not see it)
 * @param health         the latest stored health snapshot as the panel shows it, empty before the first one
 * @param openTickets    the account's open support tickets
 * @param csat           CSAT of the 90 days before {@code computedAt}
 * @param openObjectives objectives not yet achieved or missed of the active plans
 * @param overdueTasks   overdue tasks of the active plans
 * @param openCtas       open and snoozed calls to action, newest first (at most {@link #MAX_CTAS})
 * @param computedAt     when the summary was assembled
 */
public record PanelSummary(AccountKey account, String name, String tier, Optional<String> csmUserKey,
                           Optional<LocalDate> renewalDate, Optional<Money> arr, Optional<Health> health,
                           int openTickets, CsatSummary csat, List<OpenObjective> openObjectives,
                           List<OverdueTask> overdueTasks, List<CtaLine> openCtas, Instant computedAt) {

    /** Most calls to action the panel lists. */
    public static final int MAX_CTAS = 5;

    public PanelSummary {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(csmUserKey, "csmUserKey");
        Objects.requireNonNull(renewalDate, "renewalDate");
        Objects.requireNonNull(arr, "arr");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(csat, "csat");
        openObjectives = List.copyOf(openObjectives);
        overdueTasks = List.copyOf(overdueTasks);
        openCtas = List.copyOf(openCtas);
        Objects.requireNonNull(computedAt, "computedAt");
    }

    /**
     * The latest stored snapshot as the panel shows it.
     *
     * @param trend30Days the change of the effective score since the snapshot of 30 days ago, when both exist
     * @param topReasons  the included measures scoring lowest, worst first (at most 3)
     * @param history     the effective score of each of the last {@link #HISTORY_DAYS} days that has one, oldest
     *                    first, ending with {@code day} when it is scored (the panel's sparkline)
     */
    public record Health(LocalDate day, Optional<HealthScore> score, Optional<HealthBand> band, boolean overridden,
                         OptionalDouble trend30Days, List<MeasureId> topReasons, List<DayScore> history) {
        public Health {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(trend30Days, "trend30Days");
            topReasons = List.copyOf(topReasons);
            history = List.copyOf(history);
        }
    }

    /** Days of health history a summary carries. */
    public static final int HISTORY_DAYS = 30;

    /** A day's effective health score. */
    public record DayScore(LocalDate day, HealthScore score) {
        public DayScore {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(score, "score");
        }
    }

    /** An open objective of an active plan. */
    public record OpenObjective(String planTitle, String title, ObjectiveStatus status, LocalDate dueDate) {
        public OpenObjective {
            Objects.requireNonNull(planTitle, "planTitle");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }

    /** An overdue task of an active plan. */
    public record OverdueTask(String planTitle, String title, LocalDate dueDate) {
        public OverdueTask {
            Objects.requireNonNull(planTitle, "planTitle");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }

    /**
     * An open or snoozed call to action, as a line of the panel; {@code facts} say why (the panel words them).
     *
     * @param snoozedUntil the day a snoozed CTA wakes; present exactly when it is SNOOZED
     */
    public record CtaLine(String id, CtaType type, CtaReason reason, CtaStatus status, CtaFacts facts,
                          Optional<String> jiraIssueKey, Optional<LocalDate> snoozedUntil) {
        public CtaLine {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(jiraIssueKey, "jiraIssueKey");
            Objects.requireNonNull(snoozedUntil, "snoozedUntil");
            if (snoozedUntil.isPresent() != (status == CtaStatus.SNOOZED)) {
                throw new IllegalArgumentException("a CTA line has a snooze date exactly when it is snoozed, " + status);
            }
        }
    }
}
