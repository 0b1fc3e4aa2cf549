package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountSort;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.AccountRow;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One page of account rows for an {@link AccountQuery}. Sorts on a column that may be empty put the empty rows last
 * in both directions without vendor SQL ({@code NULLS LAST} is not portable): the rows with a value are paged
 * first, then the rows without, ordered by key, each part a plain indexed query.
 */
final class AccountListing {

    private final ActiveObjects ao;
    private final AccountQuery query;

    AccountListing(ActiveObjects ao, AccountQuery query) {
        this.ao = ao;
        this.query = query;
    }

    /** The rows of {@code page} and the total number of matches; call inside a transaction. */
    Page<AccountRow> page(PageRequest page) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filters(clauses, params);
        long total = ao.count(AccountRow.class, select(clauses, params));
        return page(page, clauses, params, total);
    }

    /** The keys of every matching account, streamed as keys only; call inside a transaction. */
    Set<AccountKey> keys() {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filters(clauses, params);
        Set<AccountKey> keys = new HashSet<>();
        Query select = clauses.isEmpty() ? Query.select("ID, " + AccountRow.ACCOUNT_KEY)
                : Query.select("ID, " + AccountRow.ACCOUNT_KEY).where(String.join(" AND ", clauses), params.toArray());
        ao.stream(AccountRow.class, select, row -> keys.add(AccountKey.of(row.getAccountKey())));
        return keys;
    }

    private void filters(List<String> clauses, List<Object> params) {
        query.band().ifPresent(band -> add(clauses, params, AccountRow.HEALTH_BAND + " = ?", band.name()));
        query.tier().ifPresent(tier -> add(clauses, params, AccountRow.TIER + " = ?", tier.name()));
        query.csmUserKey().ifPresent(csm -> add(clauses, params, AccountRow.CSM_USER_KEY + " = ?", csm));
        query.renewalBefore().ifPresent(day -> add(clauses, params, AccountRow.RENEWAL_DATE + " < ?", day.toString()));
        if (query.openCtasOnly()) {
            add(clauses, params, AccountRow.OPEN_CTAS + " > ?", 0);
        }
        query.afterKey().ifPresent(key -> add(clauses, params, AccountRow.ACCOUNT_KEY + " > ?", key.value()));
        query.text().ifPresent(text -> {
            // LIKE's own wildcards in the text widen the match at worst (an '_' in a key matches itself too)
            clauses.add("(" + AccountRow.ACCOUNT_KEY + " LIKE ? OR " + AccountRow.NAME_SEARCH + " LIKE ?)");
            params.add(text.toUpperCase(Locale.ROOT) + "%");
            params.add("%" + AccountRows.nameSearch(text) + "%");
        });
    }

    private Page<AccountRow> page(PageRequest page, List<String> clauses, List<Object> params, long total) {
        String direction = query.direction() == AccountSort.Direction.ASCENDING ? " ASC" : " DESC";
        List<String> sortColumns = sortColumns(query.sortBy());
        String order = String.join(", ", sortColumns.stream().map(column -> column + direction).toList());
        if (query.sortBy() != AccountSort.KEY) {
            order += ", " + AccountRow.ACCOUNT_KEY + " ASC";
        }
        Optional<String> nullableColumn = nullableColumn(query.sortBy());
        if (nullableColumn.isEmpty()) {
            return Page.of(rows(select(clauses, params).order(order), page.offset(), page.limit()), page, total);
        }
        String nullable = nullableColumn.get();
        List<String> presentClauses = with(clauses, nullable + " IS NOT NULL");
        int present = ao.count(AccountRow.class, select(presentClauses, params));
        List<AccountRow> items = new ArrayList<>();
        if (page.offset() < present) {
            items.addAll(rows(select(presentClauses, params).order(order), page.offset(), page.limit()));
        }
        int missing = page.limit() - items.size();
        if (missing > 0 && page.offset() + items.size() < total) {
            int absentOffset = Math.max(0, page.offset() - present);
            items.addAll(rows(select(with(clauses, nullable + " IS NULL"), params).order(AccountRow.ACCOUNT_KEY + " ASC"),
                    absentOffset, missing));
        }
        return Page.of(items, page, total);
    }

    private List<AccountRow> rows(Query select, int offset, int limit) {
        return Arrays.asList(ao.find(AccountRow.class, select.offset(offset).limit(limit)));
    }

    private static Query select(List<String> clauses, List<Object> params) {
        Query select = Query.select();
        return clauses.isEmpty() ? select : select.where(String.join(" AND ", clauses), params.toArray());
    }

    private static void add(List<String> clauses, List<Object> params, String clause, Object param) {
        clauses.add(clause);
        params.add(param);
    }

    private static List<String> with(List<String> clauses, String extra) {
        List<String> all = new ArrayList<>(clauses);
        all.add(extra);
        return all;
    }

    private static List<String> sortColumns(AccountSort sort) {
        return switch (sort) {
            case KEY -> List.of(AccountRow.ACCOUNT_KEY);
            case NAME -> List.of(AccountRow.ACCOUNT_NAME);
            case TIER -> List.of(AccountRow.TIER);
            case RENEWAL_DATE -> List.of(AccountRow.RENEWAL_DATE);
            case ARR -> List.of(AccountRow.ARR_CURRENCY, AccountRow.ARR_MINOR_UNITS);
            case HEALTH_SCORE -> List.of(AccountRow.HEALTH_TENTHS);
            case UPDATED_AT -> List.of(AccountRow.UPDATED_AT);
        };
    }

    /** The column whose empty rows sort last; empty when the sort column is never empty. */
    private static Optional<String> nullableColumn(AccountSort sort) {
        return switch (sort) {
            case RENEWAL_DATE -> Optional.of(AccountRow.RENEWAL_DATE);
            case ARR -> Optional.of(AccountRow.ARR_MINOR_UNITS);
            case HEALTH_SCORE -> Optional.of(AccountRow.HEALTH_TENTHS);
            default -> Optional.empty();
        };
    }
}
