package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.link.ManualLinkStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.ManualLink;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Objects;
import java.util.Optional;

/**
 * Manual issue → account links in {@code MANUAL_LINK}, one row per issue id: {@link #put} updates the issue's row or
 * inserts it, and two concurrent first puts for one issue end in one row (the unique {@code ISSUE_ID} refuses the
 * second insert, whose transaction is run again and then updates the winner's row).
 */
@Named
public class AoManualLinkStore implements ManualLinkStore {

    private final ActiveObjects ao;

    @Inject
    public AoManualLinkStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<AccountKey> linkOf(long issueId) {
        return ao.executeInTransaction(() -> row(issueId).map(row -> AccountKey.of(row.getAccountKey())));
    }

    @Override
    public void put(long issueId, AccountKey account) {
        Objects.requireNonNull(account, "account");
        ConflictRetry.inTransaction(ao, () -> {
            Optional<ManualLink> existing = row(issueId);
            if (existing.isPresent()) {
                existing.get().setAccountKey(account.value());
                existing.get().save();
            } else {
                ao.create(ManualLink.class, new DBParam(ManualLink.ISSUE_ID, issueId),
                        new DBParam(ManualLink.ACCOUNT_KEY, account.value()));
            }
            return null;
        });
    }

    @Override
    public boolean remove(long issueId) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(ManualLink.class, ManualLink.ISSUE_ID + " = ?", issueId) > 0);
    }

    private Optional<ManualLink> row(long issueId) {
        ManualLink[] found = ao.find(ManualLink.class, Query.select().where(ManualLink.ISSUE_ID + " = ?", issueId).limit(1));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }
}
