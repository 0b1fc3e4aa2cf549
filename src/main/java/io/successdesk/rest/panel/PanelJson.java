package io.successdesk.rest.panel;

import io.successdesk.app.panel.IssuePanel;
import io.successdesk.app.panel.PanelSummary;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.rest.account.MoneyDto;

import io.successdesk.rest.WireNames;
import io.successdesk.rest.cta.CtaFactsJson;
import io.successdesk.rest.health.HealthJson;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps the panel read model to its DTO, leaving ARR and everything derived from it (the ARR-change measure as a
 * reason) out unless the caller may see it.
 */
final class PanelJson {

    private PanelJson() {
    }

    static PanelDto toDto(IssuePanel panel, Caller caller) {
        boolean withArr = caller.can(Capability.VIEW_FINANCIALS);
        if (panel.matched().isPresent()) {
            IssuePanel.MatchedAccount matched = panel.matched().get();
            return new PanelDto(panel.issueKey(), "matched", WireNames.of(matched.matchedBy()), null, null, null,
                    account(matched, withArr), actions(caller, true));
        }
        AccountResolution why = panel.unmatched().orElseThrow();
        if (why instanceof AccountResolution.Ambiguous ambiguous) {
            return new PanelDto(panel.issueKey(), "ambiguous", null, WireNames.of(ambiguous.conflict()),
                    ambiguous.claimed(), ambiguous.candidates().stream().map(AccountKey::value).toList(), null,
                    actions(caller, false));
        }
        if (why instanceof AccountResolution.Unmatched unmatched) {
            return new PanelDto(panel.issueKey(), "unmatched", null, WireNames.of(unmatched.reason()), null, null,
                    null, actions(caller, false));
        }
        return new PanelDto(panel.issueKey(), "not-support-project", null, null, null, null, null, List.of());
    }

    /**
     * What the caller may do from the panel, by the same capabilities the endpoints check: viewers of accounts open
     * the account page and link the issue (a support project's issue, which any panel is); CSMs and admins also log
     * touchpoints and snooze or close CTAs.
     */
    static List<String> actions(Caller caller, boolean matched) {
        List<String> actions = new ArrayList<>();
        if (caller.can(Capability.VIEW_ACCOUNTS)) {
            if (matched) {
                actions.add("open-account");
            }
            actions.add("link");
            if (matched && caller.can(Capability.EDIT_ACCOUNTS)) {
                actions.add("log-touchpoint");
                actions.add("manage-ctas");
            }
        }
        return List.copyOf(actions);
    }

    private static PanelDto.AccountDto account(IssuePanel.MatchedAccount matched, boolean withArr) {
        PanelSummary summary = matched.summary();
        List<PanelDto.ObjectiveDto> objectives = summary.openObjectives().stream().map(o -> new PanelDto.ObjectiveDto(
                o.planTitle(), o.title(), WireNames.of(o.status()), o.dueDate())).toList();
        List<PanelDto.TaskDto> overdue = summary.overdueTasks().stream()
                .map(t -> new PanelDto.TaskDto(t.planTitle(), t.title(), t.dueDate())).toList();
        return new PanelDto.AccountDto(summary.account().value(), summary.name(), summary.tier(),
                summary.csmUserKey().orElse(null), matched.csmDisplayName().orElse(null),
                summary.renewalDate().orElse(null),
                withArr ? summary.arr().map(m -> new MoneyDto(m.minorUnits(), m.currencyCode())).orElse(null) : null,
                summary.health().map(health -> health(health, withArr)).orElse(null), summary.openTickets(), csat(summary.csat()),
                objectives, overdue, summary.openCtas().stream().map(PanelJson::cta).toList());
    }

    private static PanelDto.HealthDto health(PanelSummary.Health health, boolean withArr) {
        return new PanelDto.HealthDto(health.day(), health.score().map(HealthScore::value).orElse(null),
                health.band().map(WireNames::of).orElse(null), health.overridden(),
                health.trend30Days().isPresent() ? health.trend30Days().getAsDouble() : null,
                health.topReasons().stream().filter(reason -> withArr || !HealthJson.revealsRevenue(reason))
                        .map(Object::toString).toList(),
                health.history().stream().map(point -> new PanelDto.DayScoreDto(point.day(), point.score().value()))
                        .toList());
    }

    private static PanelDto.CsatDto csat(CsatSummary summary) {
        boolean ok = summary.status() == CsatSummary.Status.OK;
        return new PanelDto.CsatDto(WireNames.of(summary.status()), summary.n(),
                ok ? summary.satisfiedShare().map(p -> p.value()).orElse(null) : null);
    }

    private static PanelDto.CtaDto cta(PanelSummary.CtaLine cta) {
        return new PanelDto.CtaDto(cta.id(), WireNames.of(cta.type()), WireNames.of(cta.reason()),
                WireNames.of(cta.status()), CtaFactsJson.of(cta.facts()), cta.jiraIssueKey().orElse(null),
                cta.snoozedUntil().orElse(null));
    }
}
