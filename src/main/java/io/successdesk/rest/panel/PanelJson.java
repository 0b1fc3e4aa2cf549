package io.successdesk.rest.panel;

import io.successdesk.app.panel.IssuePanel;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.rest.account.MoneyDto;

import io.successdesk.rest.QueryParams;

import java.util.List;

/** Maps the panel read model to its DTO, leaving ARR out unless the caller may see it. */
final class PanelJson {

    private PanelJson() {
    }

    static PanelDto toDto(IssuePanel panel, boolean withArr) {
        if (panel.matched().isPresent()) {
            IssuePanel.MatchedAccount matched = panel.matched().get();
            return new PanelDto(panel.issueKey(), "matched", QueryParams.wireName(matched.matchedBy()), null, null,
                    account(matched, withArr));
        }
        AccountResolution why = panel.unmatched().orElseThrow();
        if (why instanceof AccountResolution.Ambiguous ambiguous) {
            return new PanelDto(panel.issueKey(), "ambiguous", null, ambiguous.reason(),
                    ambiguous.candidates().stream().map(AccountKey::value).toList(), null);
        }
        if (why instanceof AccountResolution.Unmatched unmatched) {
            return new PanelDto(panel.issueKey(), "unmatched", null, QueryParams.wireName(unmatched.reason()), null, null);
        }
        return new PanelDto(panel.issueKey(), "not-support-project", null, null, null, null);
    }

    private static PanelDto.AccountDto account(IssuePanel.MatchedAccount matched, boolean withArr) {
        var account = matched.account();
        List<PanelDto.ObjectiveDto> objectives = matched.plans().plans().stream().flatMap(active -> active.openObjectives()
                .stream().map(o -> new PanelDto.ObjectiveDto(active.plan().title(), o.title(), QueryParams.wireName(o.status()),
                        o.dueDate()))).toList();
        List<PanelDto.TaskDto> overdue = matched.plans().plans().stream().flatMap(active -> active.overdue().tasks()
                .stream().map(t -> new PanelDto.TaskDto(active.plan().title(), t.title(), t.dueDate()))).toList();
        return new PanelDto.AccountDto(account.key().value(), account.name(), account.tier().name(),
                account.csmUserKey().orElse(null), account.renewalDate().orElse(null),
                withArr ? account.arr().map(m -> new MoneyDto(m.minorUnits(), m.currencyCode())).orElse(null) : null,
                matched.health().map(h -> health(h, matched)).orElse(null), matched.openTickets(), csat(matched.csat()),
                objectives, overdue, matched.openCtas().stream().map(PanelJson::cta).toList());
    }

    private static PanelDto.HealthDto health(HealthSnapshot snapshot, IssuePanel.MatchedAccount matched) {
        return new PanelDto.HealthDto(snapshot.day(), snapshot.effectiveScore().map(HealthScore::value).orElse(null),
                snapshot.effectiveBand().map(QueryParams::wireName).orElse(null), snapshot.overridden(),
                matched.trend30Days().isPresent() ? matched.trend30Days().getAsDouble() : null,
                matched.topReasons().stream().map(Object::toString).toList());
    }

    private static PanelDto.CsatDto csat(CsatSummary summary) {
        boolean ok = summary.status() == CsatSummary.Status.OK;
        return new PanelDto.CsatDto(QueryParams.wireName(summary.status()), summary.n(),
                ok ? summary.satisfiedShare().map(p -> p.value()).orElse(null) : null);
    }

    static PanelDto.CtaDto cta(Cta cta) {
        return new PanelDto.CtaDto(cta.id(), QueryParams.wireName(cta.key().type()), QueryParams.wireName(cta.key().reason()),
                QueryParams.wireName(cta.status()), cta.explanation(), cta.jiraIssueKey().orElse(null));
    }

}
