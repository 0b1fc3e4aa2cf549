package io.successdesk.domain.cta;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of the Jira issue a CTA becomes: a one-line summary naming the account and the kind of work, and a
 * description (Jira wiki markup) saying why and mentioning the triggering tickets by key, which Jira renders as links.
 */
public final class CtaIssueText {

    /** Jira's summary limit. */
    public static final int MAX_SUMMARY_LENGTH = 255;
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");
    private static final Pattern WIKI_MARKUP = Pattern.compile("([\\[\\]{}|*_^~+\\-?!#])");

    private CtaIssueText() {
    }

    /** E.g. {@code [SuccessDesk] Risk: low CSAT — Acme Corp}, cut to 255 characters. */
    public static String summary(Cta cta, String accountName) {
        String text = "[SuccessDesk] " + label(cta.key().type().name()) + ": "
                + cta.key().reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " — " + oneLine(accountName);
        return text.length() <= MAX_SUMMARY_LENGTH ? text : text.substring(0, MAX_SUMMARY_LENGTH - 1) + "…";
    }

    /** Why the CTA exists, the account key, and each triggering ticket on its own line (keys become links in Jira). */
    public static String description(Cta cta) {
        StringBuilder text = new StringBuilder();
        text.append(escape(cta.explanation())).append("\n\n");
        text.append("Account: ").append(escape(cta.account().value())).append('\n');
        text.append("Call to action: ").append(cta.id()).append('\n');
        if (!cta.triggeringIssueKeys().isEmpty()) {
            text.append("\nTriggering tickets:\n");
            for (String key : cta.triggeringIssueKeys()) {
                text.append("* ").append(ISSUE_KEY.matcher(key).matches() ? key : escape(key)).append('\n');
            }
        }
        text.append("\nCreated by SuccessDesk. Resolving this issue closes the call to action.");
        return text.toString();
    }

    private static String label(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** Neutralises wiki markup in free text so an explanation or account name cannot inject links or macros. */
    static String escape(String text) {
        return WIKI_MARKUP.matcher(text).replaceAll("\\\\$1");
    }
}
