package io.successdesk.app.ticket;

import io.successdesk.app.NotFoundException;
import io.successdesk.domain.account.AccountDirectory;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.SupportSignals;
import io.successdesk.domain.ticket.SupportSignalsCalculator;
import io.successdesk.domain.ticket.SupportSignalsConfig;
import io.successdesk.domain.ticket.TicketFact;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Computes an account's support signals as of today (the clock's day in UTC) from the ticket ledger. */
@Named
public class SupportSignalsService {

    private final TicketLedger ledger;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final SupportSignalsConfig config;

    @Inject
    public SupportSignalsService(TicketLedger ledger, AccountDirectory accounts, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = SupportSignalsConfig.DEFAULTS;
    }

    /** @throws NotFoundException when the account does not exist */
    public SupportSignals signalsOf(AccountKey account) {
        return signalsOf(account, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * The account's support signals as of the end of {@code asOf} (UTC).
     *
     * @throws NotFoundException when the account does not exist
     */
    public SupportSignals signalsOf(AccountKey account, LocalDate asOf) {
        if (!accounts.exists(account)) {
            throw new NotFoundException("account " + account);
        }
        return compute(account, asOf);
    }

    /** {@link #signalsOf(AccountKey, LocalDate)} of an account the caller has just read. */
    public SupportSignals signalsOf(Account account, LocalDate asOf) {
        return compute(account.key(), asOf);
    }

    private SupportSignals compute(AccountKey account, LocalDate asOf) {
        LocalDate earliestDay = asOf.plusDays(1)
                .minusDays(Math.max(config.recentDays() + (long) config.baselineDays(), config.windowDays()));
        List<TicketFact> facts = new ArrayList<>();
        ledger.forEachFactRelevantSince(account, earliestDay.atStartOfDay(ZoneOffset.UTC).toInstant(), facts::add);
        return SupportSignalsCalculator.compute(facts, asOf, config);
    }
}
