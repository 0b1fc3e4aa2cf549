package io.successdesk.rest.metrics;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.Page;
import io.successdesk.app.panel.PanelSummary;
import io.successdesk.app.voc.CsatFilter;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.domain.voc.CsatTrend;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.account.MoneyDto;
import io.successdesk.rest.health.HealthJson;
import io.successdesk.rest.metrics.MetricsDtos.AccountRowDto;
import io.successdesk.rest.metrics.MetricsDtos.AccountTableDto;
import io.successdesk.rest.metrics.MetricsDtos.CsatPointDto;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Maps CSAT points, filters and account tables of the dashboard endpoints. */
final class VocMetricsJson {

    private VocMetricsJson() {
    }

    /**
     * The table of {@code page}'s accounts: {@code summaries} gives each account's panel summary (if any),
     * {@code displayNames} its CSM's name.
     */
    static AccountTableDto table(Page<Account> page, boolean withArr,
                                 Function<AccountKey, Optional<PanelSummary>> summaries,
                                 Function<String, Optional<String>> displayNames) {
        return new AccountTableDto(page.items().stream().map(a -> row(a, withArr, summaries.apply(a.key()),
                a.csmUserKey().flatMap(displayNames))).toList(), page.total());
    }

    private static AccountRowDto row(Account a, boolean withArr, Optional<PanelSummary> summary,
                                     Optional<String> csmDisplayName) {
        Optional<PanelSummary.Health> health = summary.flatMap(PanelSummary::health);
        return new AccountRowDto(a.key().value(), a.name(), a.tier().name(), a.csmUserKey().orElse(null),
                csmDisplayName.orElse(null), a.renewalDate().orElse(null),
                withArr ? a.arr().map(m -> new MoneyDto(m.minorUnits(), m.currencyCode())).orElse(null) : null,
                health.flatMap(PanelSummary.Health::band).map(WireNames::of).orElse(null),
                health.flatMap(PanelSummary.Health::score).map(HealthScore::value).orElse(null),
                health.filter(h -> h.trend30Days().isPresent()).map(h -> h.trend30Days().getAsDouble()).orElse(null),
                health.flatMap(h -> h.topReasons().stream()
                        .filter(reason -> withArr || !HealthJson.revealsRevenue(reason)).findFirst())
                        .map(Object::toString).orElse(null),
                summary.map(s -> s.openCtas().size()).orElse(null));
    }

    static CsatFilter filter(String project, String account, Optional<Set<AccountKey>> accountsIn) {
        Optional<AccountKey> accountKey = Optional.ofNullable(account).filter(a -> !a.isEmpty()).map(a -> {
            if (!AccountKey.isValid(a)) {
                throw new InvalidInputException("account", "must be an account key");
            }
            return AccountKey.of(a);
        });
        Optional<String> projectKey = Optional.ofNullable(project).filter(p -> !p.isEmpty()).map(String::strip);
        return new CsatFilter(accountKey, projectKey, accountsIn);
    }

    static CsatPointDto point(CsatTrend.Point point, LocalDate today) {
        CsatSummary summary = point.summary();
        boolean hasData = summary.n() > 0;
        return new CsatPointDto(point.period().start(), point.period().endExclusive(), point.partialOn(today),
                summary.n(), WireNames.of(summary.status()),
                summary.status() != CsatSummary.Status.OK,
                summary.satisfiedShare().map(p -> p.value()).orElse(null),
                hasData && summary.mean().isPresent() ? summary.mean().getAsDouble() : null,
                summary.interval().map(i -> i.lower().value()).orElse(null),
                summary.interval().map(i -> i.upper().value()).orElse(null));
    }
}
