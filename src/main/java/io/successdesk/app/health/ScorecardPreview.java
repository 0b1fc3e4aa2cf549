package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthResult;

import java.util.List;
import java.util.Objects;

/**
 * What a draft scorecard would make of some real accounts, next to what the current scorecard makes of them.
 *
 * @param currentVersion the version the draft would replace
 * @param accounts       one line per account, in the order asked for (or largest ARR first)
 */
public record ScorecardPreview(String currentVersion, List<Line> accounts) {

    public ScorecardPreview {
        Objects.requireNonNull(currentVersion, "currentVersion");
        accounts = List.copyOf(accounts);
    }

    /** One account: its name, its health under the current scorecard and under the draft. */
    public record Line(AccountKey account, String name, HealthResult current, HealthResult draft) {
    }
}
