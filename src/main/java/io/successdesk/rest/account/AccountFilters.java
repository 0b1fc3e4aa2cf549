package io.successdesk.rest.account;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountSort;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.rest.QueryParams;

/** The accounts list's query parameters as an {@link AccountQuery}, naming a bad parameter. */
final class AccountFilters {

    static final int MAX_TEXT = 100;

    private AccountFilters() {
    }

    static AccountQuery query(String band, String tier, String csm, String renewalBefore, String text, String sort,
                              String direction, boolean withArr) {
        AccountSort sortBy = QueryParams.choice("sort", sort, AccountSort.class).orElse(AccountSort.KEY);
        if (sortBy == AccountSort.ARR && !withArr) {
            throw new InvalidInputException("sort", "arr is available to financial viewers only");
        }
        AccountQuery query = AccountQuery.all().sortedBy(sortBy,
                QueryParams.choice("direction", direction, Direction.class).orElse(Direction.ASC).value);
        query = QueryParams.choice("band", band, HealthBand.class).map(query::inBand).orElse(query);
        query = tier == null || tier.isBlank() ? query : query.ofTier(tier(tier));
        query = csm == null || csm.isBlank() ? query : query.ownedBy(csm.strip());
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInputException("q", "at most " + MAX_TEXT + " characters");
        }
        query = text == null ? query : query.matching(text);
        return QueryParams.day("renewalBefore", renewalBefore).map(query::renewingBefore).orElse(query);
    }

    private static Tier tier(String tier) {
        try {
            return Tier.of(tier);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tier", e.getMessage());
        }
    }

    private enum Direction {
        ASC(AccountSort.Direction.ASCENDING), DESC(AccountSort.Direction.DESCENDING);

        private final AccountSort.Direction value;

        Direction(AccountSort.Direction value) {
            this.value = value;
        }
    }
}
