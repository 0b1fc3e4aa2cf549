package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.ConflictException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.health.OverrideStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.ManualOverride;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.HealthOverride;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import static io.successdesk.store.StoredValues.epochDay;
import static io.successdesk.store.StoredValues.fromTenths;
import static io.successdesk.store.StoredValues.tenths;

/**
 * Manual overrides in {@code HEALTH_OVERRIDE}: put replaces the account's row(s) in one transaction, holding the
 * account row's lock while it checks that the override it replaces is the one the caller saw.
 */
@Named
public class AoOverrideStore implements OverrideStore {

    private final ActiveObjects ao;

    @Inject
    public AoOverrideStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<ManualOverride> find(AccountKey account) {
        Objects.requireNonNull(account, "account");
        return ao.executeInTransaction(() -> {
            HealthOverride[] rows = ao.find(HealthOverride.class, Query.select()
                    .where(HealthOverride.ACCOUNT_KEY + " = ?", account.value()).order("ID DESC").limit(1));
            return rows.length == 0 ? Optional.<ManualOverride>empty() : Optional.of(toOverride(rows[0]));
        });
    }

    @Override
    public void put(AccountKey account, ManualOverride override, Optional<Instant> replacing) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(replacing, "replacing");
        ao.executeInTransaction(() -> {
            lockAccount(account);
            Optional<Instant> current = find(account).map(ManualOverride::created);
            if (!current.equals(replacing.map(at -> at.truncatedTo(ChronoUnit.MILLIS)))) {
                throw new ConflictException("replaces", current.isPresent()
                        ? "the override of " + account + " was changed by someone else; reload it"
                        : "the override of " + account + " was removed by someone else; reload it");
            }
            ao.deleteWithSQL(HealthOverride.class, HealthOverride.ACCOUNT_KEY + " = ?", account.value());
            ao.create(HealthOverride.class,
                    new DBParam(HealthOverride.ACCOUNT_KEY, account.value()),
                    new DBParam(HealthOverride.SCORE_TENTHS, override.score().map(s -> tenths(s.value())).orElse(null)),
                    new DBParam(HealthOverride.BAND, override.band().orElse(null)),
                    new DBParam(HealthOverride.REASON, override.reason()),
                    new DBParam(HealthOverride.AUTHOR, override.author()),
                    new DBParam(HealthOverride.CREATED_AT, override.created().toEpochMilli()),
                    new DBParam(HealthOverride.EXPIRES_ON_DAY, epochDay(override.expiresOn())));
            return null;
        });
    }

    /** Override writers of one account queue on the account's row, so each one checks what the previous one left. */
    private void lockAccount(AccountKey account) {
        AccountRow[] rows = ao.find(AccountRow.class, Query.select("ID, " + AccountRow.LOCK_VERSION)
                .where(AccountRow.ACCOUNT_KEY + " = ?", account.value()).limit(1));
        if (rows.length == 0 || !VersionGuard.lock(rows[0], AccountRow.LOCK_VERSION)) {
            throw new NotFoundException("account " + account);
        }
    }

    @Override
    public boolean remove(AccountKey account) {
        Objects.requireNonNull(account, "account");
        return ao.executeInTransaction(() ->
                ao.deleteWithSQL(HealthOverride.class, HealthOverride.ACCOUNT_KEY + " = ?", account.value()) > 0);
    }

    private static ManualOverride toOverride(HealthOverride row) {
        return new ManualOverride(Optional.ofNullable(row.getScoreTenths()).map(t -> HealthScore.of(fromTenths(t))),
                Optional.ofNullable(row.getBand()), row.getReason(), row.getAuthor(),
                Instant.ofEpochMilli(row.getCreatedAt()), StoredValues.day(row.getExpiresOnDay()));
    }
}
