package io.successdesk.app.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Survey settings an admin may change (docs/product.md §7, "Survey page"): the company name the public page and the
 * mail show (without one, the default, the page says "Customer support" in the respondent's language), and the
 * addresses of the reverse proxies whose {@code X-Forwarded-For} the page's rate limits believe (none by default:
 * the limits then count the address that connected).
 *
 * @param trustedProxies   IP addresses in canonical spelling, no duplicates
 * @param linkLifetimeDays how long a survey link stays valid after the mail is sent ({@value #MIN_LINK_LIFETIME_DAYS}–
 *                         {@value #MAX_LINK_LIFETIME_DAYS} days, {@value #DEFAULT_LINK_LIFETIME_DAYS} by default)
 */
public record SurveySettings(Optional<String> companyName, List<String> trustedProxies, int linkLifetimeDays) {

    public static final int MAX_COMPANY_NAME = 100;
    public static final int MAX_TRUSTED_PROXIES = 50;
    public static final int MIN_LINK_LIFETIME_DAYS = 1;
    public static final int MAX_LINK_LIFETIME_DAYS = 90;
    public static final int DEFAULT_LINK_LIFETIME_DAYS = 14;

    public SurveySettings {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        companyName = companyName.map(String::strip).filter(name -> !name.isEmpty());
        if (companyName.map(String::length).orElse(0) > MAX_COMPANY_NAME) {
            throw new IllegalArgumentException("a company name has at most " + MAX_COMPANY_NAME + " characters");
        }
        if (trustedProxies.size() > MAX_TRUSTED_PROXIES) {
            throw new IllegalArgumentException("at most " + MAX_TRUSTED_PROXIES + " trusted proxies");
        }
        trustedProxies = trustedProxies.stream().map(proxy -> IpAddresses.canonical(proxy).orElseThrow(
                () -> new IllegalArgumentException("a trusted proxy is an IP address, not '" + proxy + "'")))
                .distinct().toList();
        if (!isLinkLifetime(linkLifetimeDays)) {
            throw new IllegalArgumentException("a survey link lives " + MIN_LINK_LIFETIME_DAYS + " to "
                    + MAX_LINK_LIFETIME_DAYS + " days, not " + linkLifetimeDays);
        }
    }

    /** Settings with a company name, trusted proxies and the default link lifetime. */
    public SurveySettings(Optional<String> companyName, List<String> trustedProxies) {
        this(companyName, trustedProxies, DEFAULT_LINK_LIFETIME_DAYS);
    }

    /** Settings with a company name and no trusted proxy. */
    public SurveySettings(Optional<String> companyName) {
        this(companyName, List.of());
    }

    public static boolean isLinkLifetime(int days) {
        return days >= MIN_LINK_LIFETIME_DAYS && days <= MAX_LINK_LIFETIME_DAYS;
    }

    /** How long a link sent now stays valid. */
    public java.time.Duration linkLifetime() {
        return java.time.Duration.ofDays(linkLifetimeDays);
    }

    /** Whether {@code text} is an IPv4 or IPv6 address (a trusted proxy must be one; no name is looked up). */
    public static boolean isIpAddress(String text) {
        return IpAddresses.canonical(text).isPresent();
    }

    public static SurveySettings defaults() {
        return new SurveySettings(Optional.empty());
    }
}
