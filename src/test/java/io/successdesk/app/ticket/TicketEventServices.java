package io.successdesk.app.ticket;

import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.issue.IssueReader;
import io.successdesk.app.link.AccountMatchingSettings;
import io.successdesk.app.link.AccountMatchingSettingsStore;
import io.successdesk.app.link.ManualLinkStore;
import io.successdesk.domain.account.AccountDirectory;

/** {@link TicketEventService}s for tests: no custom-field or project-default rule, no resolution follow-ups. */
public final class TicketEventServices {

    private TicketEventServices() {
    }

    public static TicketEventService ledgerOnly(IssueReader issues, TicketLedger ledger, ManualLinkStore links,
                                                SettingsStore settings, AccountDirectory accounts,
                                                AccountChanges changes) {
        return new TicketEventService(issues, ledger, links, settings,
                AccountMatchingSettingsStore.fixed(AccountMatchingSettings.none()), accounts, changes,
                IssueFollowUps.NONE, new InMemoryUnmatchedIssueStore(), java.time.Clock.systemUTC());
    }
}
