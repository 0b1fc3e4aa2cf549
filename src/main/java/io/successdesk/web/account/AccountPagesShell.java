package io.successdesk.web.account;

import io.successdesk.web.HtmlEscape;

import java.util.Optional;

/**
 * The HTML shell of the account pages: Jira's decorator meta tag and one container the script fills. An account key
 * reaches the page only after the servlet validated it, and is escaped all the same.
 */
final class AccountPagesShell {

    private AccountPagesShell() {
    }

    static String html(Optional<String> accountKey, boolean notFound) {
        String view = notFound ? "not-found" : accountKey.isPresent() ? "account" : "list";
        return "<!DOCTYPE html><html><head><title>SuccessDesk</title>"
                + "<meta name=\"decorator\" content=\"atl.general\">"
                + "<meta name=\"successdesk-view\" content=\"" + view + "\"></head><body>"
                + "<div id=\"successdesk-account-pages\" class=\"successdesk-account-pages\" data-successdesk-view=\""
                + view + "\"" + accountKey.map(key -> " data-successdesk-account-key=\"" + HtmlEscape.text(key) + "\"").orElse("")
                + "></div></body></html>";
    }
}
