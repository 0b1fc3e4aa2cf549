package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.ExternalId;
import io.successdesk.domain.account.LifecycleStage;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.value.Money;
import io.successdesk.store.ao.AccountAttrRow;
import io.successdesk.store.ao.AccountDomainRow;
import io.successdesk.store.ao.AccountOrgRow;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.ExternalIdClaim;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Maps accounts to their rows and back; call only inside a transaction. */
final class AccountRows {

    private final ActiveObjects ao;

    AccountRows(ActiveObjects ao) {
        this.ao = ao;
    }

    Optional<AccountRow> byKey(AccountKey key) {
        AccountRow[] rows = ao.find(AccountRow.class,
                Query.select().where(AccountRow.ACCOUNT_KEY + " = ?", key.value()).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    Optional<AccountRow> byExternalId(ExternalId externalId) {
        AccountRow[] rows = ao.find(AccountRow.class,
                Query.select().where(AccountRow.EXTERNAL_ID + " = ?", externalId.value()).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    void insert(Account account) {
        Map<String, Object> values = new HashMap<>(columnValues(account));
        values.put(AccountRow.ACCOUNT_KEY, account.key().value());
        values.put(AccountRow.CREATED_AT, account.createdAt().toEpochMilli());
        try {
            ao.create(AccountRow.class, values);
        } catch (RuntimeException e) {
            throw ConflictRetry.uniqueViolationAs(e, "key", "an account with key " + account.key() + " already exists");
        }
        claimExternalId(account);
        insertChildren(account);
    }

    /** Overwrites every column but key, version and creation time; then replaces the child rows. */
    void overwrite(AccountRow row, Account account) {
        row.setAccountName(account.name());
        row.setNameSearch(nameSearch(account.name()));
        row.setTier(account.tier().name());
        row.setStage(account.stage().name());
        row.setCsmUserKey(account.csmUserKey().orElse(null));
        row.setArrMinorUnits(account.arr().map(Money::minorUnits).orElse(null));
        row.setArrCurrency(account.arr().map(Money::currencyCode).orElse(null));
        row.setContractStart(account.contractStart().toString());
        row.setRenewalDate(account.renewalDate().map(LocalDate::toString).orElse(null));
        row.setExternalId(account.externalId().map(ExternalId::value).orElse(null));
        row.setCreatedAt(account.createdAt().toEpochMilli());
        row.setUpdatedAt(account.updatedAt().toEpochMilli());
        row.save();
        deleteChildren(account.key());
        claimExternalId(account);
        insertChildren(account);
    }

    void deleteChildren(AccountKey key) {
        ao.deleteWithSQL(AccountDomainRow.class, AccountDomainRow.ACCOUNT_KEY + " = ?", key.value());
        ao.deleteWithSQL(AccountOrgRow.class, AccountOrgRow.ACCOUNT_KEY + " = ?", key.value());
        ao.deleteWithSQL(AccountAttrRow.class, AccountAttrRow.ACCOUNT_KEY + " = ?", key.value());
        ao.deleteWithSQL(ExternalIdClaim.class, ExternalIdClaim.ACCOUNT_KEY + " = ?", key.value());
    }

    /** The claim row a concurrent writer of the same external id collides with (the caller checked before). */
    private void claimExternalId(Account account) {
        if (account.externalId().isEmpty()) {
            return;
        }
        String externalId = account.externalId().get().value();
        try {
            ao.create(ExternalIdClaim.class, new DBParam(ExternalIdClaim.EXTERNAL_ID, externalId),
                    new DBParam(ExternalIdClaim.ACCOUNT_KEY, account.key().value()));
        } catch (RuntimeException e) {
            throw ConflictRetry.uniqueViolationAs(e, "externalId", "external id " + externalId + " is taken");
        }
    }

    /** The accounts of these rows, in the rows' order, reading each child table once. */
    List<Account> toAccounts(List<AccountRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> keys = rows.stream().map(AccountRow::getAccountKey).toList();
        Map<String, List<EmailDomain>> domains = new HashMap<>();
        for (AccountDomainRow d : ao.find(AccountDomainRow.class, childrenOf(keys, AccountDomainRow.ENTRY_ORDER))) {
            domains.computeIfAbsent(d.getAccountKey(), k -> new ArrayList<>()).add(EmailDomain.of(d.getEmailDomain()));
        }
        Map<String, List<Long>> organizations = new HashMap<>();
        for (AccountOrgRow o : ao.find(AccountOrgRow.class, childrenOf(keys, AccountOrgRow.ENTRY_ORDER))) {
            organizations.computeIfAbsent(o.getAccountKey(), k -> new ArrayList<>()).add(o.getOrganizationId());
        }
        Map<String, Map<String, String>> attributes = new HashMap<>();
        for (AccountAttrRow a : ao.find(AccountAttrRow.class, childrenOf(keys, AccountAttrRow.ATTR_NAME))) {
            attributes.computeIfAbsent(a.getAccountKey(), k -> new TreeMap<>())
                    .put(a.getAttrName(), a.getAttrValue() == null ? "" : a.getAttrValue());
        }
        return rows.stream().map(row -> toAccount(row,
                domains.getOrDefault(row.getAccountKey(), List.of()),
                organizations.getOrDefault(row.getAccountKey(), List.of()),
                attributes.getOrDefault(row.getAccountKey(), Map.of()))).toList();
    }

    Account toAccount(AccountRow row) {
        return toAccounts(List.of(row)).get(0);
    }

    private static Account toAccount(AccountRow row, List<EmailDomain> domains, List<Long> organizations,
                                     Map<String, String> attributes) {
        Optional<Money> arr = row.getArrMinorUnits() == null || row.getArrCurrency() == null ? Optional.empty()
                : Optional.of(Money.of(row.getArrMinorUnits(), row.getArrCurrency()));
        return new Account(AccountKey.of(row.getAccountKey()), row.getAccountName(), domains, organizations,
                Tier.of(row.getTier()), LifecycleStage.valueOf(row.getStage()), Optional.ofNullable(row.getCsmUserKey()),
                arr, LocalDate.parse(row.getContractStart()), Optional.ofNullable(row.getRenewalDate()).map(LocalDate::parse),
                Optional.ofNullable(row.getExternalId()).map(ExternalId::of), attributes, row.getLockVersion(),
                Instant.ofEpochMilli(row.getCreatedAt()), Instant.ofEpochMilli(row.getUpdatedAt()));
    }

    /** What {@link AccountRow#NAME_SEARCH} holds for a name. */
    static String nameSearch(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> columnValues(Account account) {
        Map<String, Object> values = new HashMap<>();
        values.put(AccountRow.ACCOUNT_NAME, account.name());
        values.put(AccountRow.NAME_SEARCH, nameSearch(account.name()));
        values.put(AccountRow.TIER, account.tier().name());
        values.put(AccountRow.STAGE, account.stage().name());
        account.csmUserKey().ifPresent(csm -> values.put(AccountRow.CSM_USER_KEY, csm));
        account.arr().ifPresent(arr -> {
            values.put(AccountRow.ARR_MINOR_UNITS, arr.minorUnits());
            values.put(AccountRow.ARR_CURRENCY, arr.currencyCode());
        });
        values.put(AccountRow.CONTRACT_START, account.contractStart().toString());
        account.renewalDate().ifPresent(day -> values.put(AccountRow.RENEWAL_DATE, day.toString()));
        account.externalId().ifPresent(id -> values.put(AccountRow.EXTERNAL_ID, id.value()));
        values.put(AccountRow.LOCK_VERSION, account.version());
        values.put(AccountRow.UPDATED_AT, account.updatedAt().toEpochMilli());
        return values;
    }

    private void insertChildren(Account account) {
        String key = account.key().value();
        int order = 0;
        for (EmailDomain domain : account.emailDomains()) {
            ao.create(AccountDomainRow.class, new DBParam(AccountDomainRow.ACCOUNT_KEY, key),
                    new DBParam(AccountDomainRow.EMAIL_DOMAIN, domain.value()),
                    new DBParam(AccountDomainRow.ENTRY_ORDER, order++));
        }
        order = 0;
        for (Long organizationId : account.jsmOrganizationIds()) {
            ao.create(AccountOrgRow.class, new DBParam(AccountOrgRow.ACCOUNT_KEY, key),
                    new DBParam(AccountOrgRow.ORGANIZATION_ID, organizationId),
                    new DBParam(AccountOrgRow.ENTRY_ORDER, order++));
        }
        account.customAttributes().forEach((name, value) -> ao.create(AccountAttrRow.class,
                new DBParam(AccountAttrRow.ACCOUNT_KEY, key), new DBParam(AccountAttrRow.ATTR_NAME, name),
                new DBParam(AccountAttrRow.ATTR_VALUE, value.isEmpty() ? null : value)));
    }

    private static Query childrenOf(Collection<String> keys, String orderColumn) {
        String placeholders = String.join(", ", keys.stream().map(k -> "?").toList());
        return Query.select().where("ACCOUNT_KEY IN (" + placeholders + ")", keys.toArray())
                .order("ACCOUNT_KEY, " + orderColumn);
    }
}
