package io.successdesk.app.cta;

import io.successdesk.app.account.AccountStore;
import io.successdesk.app.config.CtaProjectSettings;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaIssueText;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@link CtaSink} of the product: with a CS project configured, each new CTA becomes an issue there, assigned to
 * the account's CSM, its summary and description saying why and naming the triggering tickets. Without a CS project
 * it creates nothing and the CTA lives in the app. De-duplication is the {@link CtaService}'s: it only hands new
 * CTAs to the sink.
 */
@Named
public class CtaIssueSink implements CtaSink {

    private final SettingsStore settings;
    private final AccountStore accounts;
    private final CtaIssueCreator creator;

    @Inject
    public CtaIssueSink(SettingsStore settings, AccountStore accounts, CtaIssueCreator creator) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.creator = Objects.requireNonNull(creator, "creator");
    }

    @Override
    public Optional<String> createIssue(Cta cta) {
        Optional<CtaProjectSettings> project = settings.load().ctaProject();
        if (project.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.get(cta.account());
        String accountName = account.map(Account::name).orElse(cta.account().value());
        return creator.create(new CtaIssueRequest(project.get().projectKey(), project.get().issueTypeId(),
                project.get().runAsUserKey(), account.flatMap(Account::csmUserKey),
                CtaIssueText.summary(cta, accountName), CtaIssueText.description(cta)));
    }
}
