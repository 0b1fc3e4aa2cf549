package io.successdesk.rest.panel;

import io.successdesk.rest.account.MoneyDto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The issue panel on the wire. {@code state} is {@code matched}, {@code unmatched}, {@code ambiguous} or
 * {@code not-support-project}; {@code account} is present only when matched, {@code reason} (a code) only when
 * unmatched or ambiguous. When ambiguous, {@code claimed} holds what several accounts claim (the domain, the JSM
 * organization ids or the field value) and {@code candidates} the accounts: parameters the client words.
 * {@code actions} lists what this caller may do from the panel ({@code open-account}, {@code link},
 * {@code log-touchpoint}, {@code manage-ctas}); the endpoints behind them check the same rights again.
 */
public record PanelDto(String issueKey, String state, String matchedBy, String reason, List<String> claimed,
                       List<String> candidates, AccountDto account, List<String> actions) {

    /**
     * The matched account; {@code arr} omitted for callers who are no financial viewers; {@code csmDisplayName} the
     * CSM's full name in Jira, absent for an unknown user.
     */
    public record AccountDto(String key, String name, String tier, String csmUserKey, String csmDisplayName,
                             LocalDate renewalDate,
                             MoneyDto arr, HealthDto health, int openTickets, CsatDto csat, List<ObjectiveDto> objectives,
                             List<TaskDto> overdueTasks, List<CtaDto> openCtas) {
    }

    /**
     * Latest stored health; {@code trend30Days} is the score change since 30 days ago, when known; {@code topReasons}
     * the lowest-scoring measures, the ARR-change measure only for financial viewers; {@code history} the effective
     * score of each of the last 30 days that has one, oldest first.
     */
    public record HealthDto(LocalDate day, Double score, String band, boolean overridden, Double trend30Days,
                            List<String> topReasons, List<DayScoreDto> history) {
    }

    public record DayScoreDto(LocalDate day, double score) {
    }

    /** CSAT of 90 days: {@code status} ok, insufficient-data or no-data; {@code satisfiedPercent} only when ok. */
    public record CsatDto(String status, long n, Double satisfiedPercent) {
    }

    public record ObjectiveDto(String planTitle, String title, String status, LocalDate dueDate) {
    }

    public record TaskDto(String planTitle, String title, LocalDate dueDate) {
    }

    /**
     * An open or snoozed CTA: {@code reason} + {@code facts} as in {@code GET /ctas}, worded by the client;
     * {@code snoozedUntil} only when snoozed.
     */
    public record CtaDto(String id, String type, String reason, String status, Map<String, Object> facts,
                         String jiraIssueKey, LocalDate snoozedUntil) {
    }
}
