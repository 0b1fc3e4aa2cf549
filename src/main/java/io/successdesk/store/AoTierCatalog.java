package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.account.EditableTierCatalog;
import io.successdesk.domain.account.Tier;
import io.successdesk.store.ao.TierRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** The admin-defined tiers in Active Objects; {@link Tier#DEFAULTS} while none are stored. */
@Named
public final class AoTierCatalog implements EditableTierCatalog {

    private final ActiveObjects ao;

    @Inject
    public AoTierCatalog(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<Tier> tiers() {
        return ao.executeInTransaction(() -> {
            TierRow[] rows = ao.find(TierRow.class, Query.select().order(TierRow.ENTRY_ORDER + " ASC").limit(MAX_TIERS));
            return rows.length == 0 ? Tier.DEFAULTS : Arrays.stream(rows).map(row -> Tier.of(row.getTierName())).toList();
        });
    }

    /**
     * Replaces the whole list, in this order, all-or-nothing.
     *
     * @throws IllegalArgumentException when the list is empty, longer than {@value #MAX_TIERS} or names a tier twice
     */
    @Override
    public void replace(List<Tier> tiers) {
        List<Tier> ordered = List.copyOf(tiers);
        if (ordered.isEmpty() || ordered.size() > MAX_TIERS) {
            throw new IllegalArgumentException("a tier list has 1–" + MAX_TIERS + " tiers, got " + ordered.size());
        }
        if (new HashSet<>(ordered).size() != ordered.size()) {
            throw new IllegalArgumentException("tier names must be distinct: " + ordered);
        }
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(TierRow.class, TierRow.ENTRY_ORDER + " >= ?", 0);
            for (int i = 0; i < ordered.size(); i++) {
                ao.create(TierRow.class, new DBParam(TierRow.TIER_NAME, ordered.get(i).name()),
                        new DBParam(TierRow.ENTRY_ORDER, i));
            }
            return null;
        });
    }
}
