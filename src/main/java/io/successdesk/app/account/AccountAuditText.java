package io.successdesk.app.account;

import io.successdesk.domain.account.Account;

import java.util.Optional;

/** The {@code field=value; …} text of an account for the audit log's before/after. */
final class AccountAuditText {

    private AccountAuditText() {
    }

    static String of(Account account) {
        return "key=" + account.key()
                + "; name=" + account.name()
                + "; emailDomains=" + account.emailDomains()
                + "; jsmOrganizationIds=" + account.jsmOrganizationIds()
                + "; tier=" + account.tier()
                + "; stage=" + account.stage()
                + "; csm=" + text(account.csmUserKey())
                + "; arr=" + account.arr().map(arr -> arr.minorUnits() + " " + arr.currencyCode()).orElse("")
                + "; contractStart=" + account.contractStart()
                + "; renewalDate=" + text(account.renewalDate())
                + "; externalId=" + text(account.externalId())
                + "; customAttributes=" + account.customAttributes()
                + "; version=" + account.version();
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }
}
