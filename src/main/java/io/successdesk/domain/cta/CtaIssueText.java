package io.successdesk.domain.cta;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of the Jira issue a CTA becomes: a one-line summary naming the account and the kind of work, and a
 * description (Jira wiki markup) saying why and mentioning the triggering tickets by key, which Jira renders as links.
 *
 * <p>The issue is written once, when the CTA is created, so its text is rendered here, on the server, in English
 * ({@link #explanation}): the Jira adapter has no message resolver, and this is the only place a CTA's facts become an
 * English sentence. It names dates, never "in N days", so it does not go stale. Screens render the facts themselves,
 * with i18n keys, at view time.
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
        text.append(escape(explanation(cta.facts()))).append("\n\n");
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

    /** The facts as one English sentence, e.g. {@code Renewal on 2026-06-14 and health is amber.} */
    public static String explanation(CtaFacts facts) {
        if (facts.isLegacy()) {
            return facts.legacyText().orElseThrow();
        }
        return switch (facts.reason()) {
            case ENTERED_RED -> "Health entered red" + bandChange(facts) + ".";
            case SCORE_DROP -> {
                double peak = facts.score(CtaFact.PEAK_SCORE).orElseThrow().value();
                double now = facts.score(CtaFact.SCORE).orElseThrow().value();
                yield "Health dropped " + number(peak - now) + " points, from " + number(peak) + " on "
                        + facts.date(CtaFact.PEAK_DAY).orElseThrow() + " to " + number(now) + " on "
                        + facts.date(CtaFact.DAY).orElseThrow() + ".";
            }
            case LOW_CSAT -> {
                int count = facts.count(CtaFact.COUNT).orElseThrow();
                yield count + " CSAT answer" + (count == 1 ? "" : "s") + " rated " + facts.count(CtaFact.MAX_RATING).orElseThrow()
                        + " or less since " + facts.date(CtaFact.SINCE).orElseThrow() + ", on "
                        + String.join(", ", facts.issueKeys()) + ".";
            }
            case RENEWAL_AT_RISK -> "Renewal on " + facts.date(CtaFact.RENEWAL_DATE).orElseThrow() + " and health is "
                    + facts.band(CtaFact.BAND).map(band -> band.name().toLowerCase(Locale.ROOT)).orElse("unknown") + ".";
            case GREEN_EXPANSION -> "Health entered green" + bandChange(facts) + ": a good moment to talk expansion.";
            case PROMOTER -> {
                int count = facts.count(CtaFact.COUNT).orElseThrow();
                yield count + " promoter NPS answer" + (count == 1 ? "" : "s") + " (9–10) since "
                        + facts.date(CtaFact.SINCE).orElseThrow() + ": ask for a reference or an upsell.";
            }
            case USAGE_GROWTH -> "Usage grew " + number(facts.percent(CtaFact.GROWTH_PERCENT).orElseThrow()) + " % (threshold "
                    + number(facts.percent(CtaFact.THRESHOLD_PERCENT).orElseThrow()) + " %): an expansion opportunity.";
            case RENEWAL_90, RENEWAL_60, RENEWAL_30 -> "Renewal on " + facts.date(CtaFact.RENEWAL_DATE).orElseThrow() + ".";
            case ONBOARDING_OVERDUE -> "The onboarding plan is past its target date.";
            case NO_TOUCHPOINT -> facts.date(CtaFact.LAST_TOUCHPOINT)
                    .map(day -> "No touchpoint since " + day + " (limit " + facts.count(CtaFact.LIMIT_DAYS).orElseThrow() + " days).")
                    .orElse("No touchpoint has ever been logged.");
        };
    }

    private static String bandChange(CtaFacts facts) {
        return facts.score(CtaFact.SCORE).map(score -> " at " + score.rounded()).orElse("")
                + " on " + facts.date(CtaFact.DAY).orElseThrow()
                + facts.band(CtaFact.PREVIOUS_BAND).map(band -> " (was " + band.name().toLowerCase(Locale.ROOT) + ")").orElse("");
    }

    private static String number(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.format(Locale.ROOT, "%.1f", number);
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
