package io.successdesk.rest.panel;

import io.successdesk.app.panel.IssuePanel;
import io.successdesk.app.panel.PanelSummary;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.rest.account.MoneyDto;

import io.successdesk.rest.WireNames;
import io.successdesk.rest.cta.CtaFactsJson;
import io.successdesk.rest.health.HealthJson;

import java.util.List;

/**
 * Maps the panel read model to its DTO, leaving ARR and everything derived from it (the ARR-change measure as a
 * reason) out unless the caller may see it.
 */
final class PanelJson {

    private PanelJson() {
    }

    static PanelDto toDto(IssuePanel panel, boolean withArr) {
        if (panel.matched().isPresent()) {
            IssuePanel.MatchedAccount matched = panel.matched().get();
            return new PanelDto(panel.issueKey(), "matched", WireNames.of(matched.matchedBy()), null, null, null,
                    account(matched, withArr));
        }
        AccountResolution why = panel.unmatched().orElseThrow();
        if (why instanceof AccountResolution.Ambiguous ambiguous) {
            return new PanelDto(panel.issueKey(), "ambiguous", null, WireNames.of(ambiguous.conflict()),
                    ambiguous.claimed(), ambiguous.candidates().stream().map(AccountKey::value).toList(), null);
        }
        if (why instanceof AccountResolution.Unmatched unmatched) {
            return new PanelDto(panel.issueKey(), "unmatched", null, WireNames.of(unmatched.reason()), null, null,
                    null);
        }
        return new PanelDto(panel.issueKey(), "not-support-project", null, null, null, null, null);
    }

    private static PanelDto.AccountDto account(IssuePanel.MatchedAccount matched, boolean withArr) {
        PanelSummary summary = matched.summary();
        List<PanelDto.ObjectiveDto> objectives = summary.openObjectives().stream().map(o -> new PanelDto.ObjectiveDto(
                o.planTitle(), o.title(), WireNames.of(o.status()), o.dueDate())).toList();
        List<PanelDto.TaskDto> overdue = summary.overdueTasks().stream()
                .map(t -> new PanelDto.TaskDto(t.planTitle(), t.title(), t.dueDate())).toList();
        return new PanelDto.AccountDto(summary.account().value(), summary.name(), summary.tier(),
                summary.csmUserKey().orElse(null), summary.renewalDate().orElse(null),
                withArr ? summary.arr().map(m -> new MoneyDto(m.minorUnits(), m.currencyCode())).orElse(null) : null,
                summary.health().map(health -> health(health, withArr)).orElse(null), summary.openTickets(), csat(summary.csat()),
                objectives, overdue, summary.openCtas().stream().map(PanelJson::cta).toList());
    }

    private static PanelDto.HealthDto health(PanelSummary.Health health, boolean withArr) {
        return new PanelDto.HealthDto(health.day(), health.score().map(HealthScore::value).orElse(null),
                health.band().map(WireNames::of).orElse(null), health.overridden(),
                health.trend30Days().isPresent() ? health.trend30Days().getAsDouble() : null,
                health.topReasons().stream().filter(reason -> withArr || !HealthJson.revealsRevenue(reason))
                        .map(Object::toString).toList());
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
