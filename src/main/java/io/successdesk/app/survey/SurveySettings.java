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
 * @param trustedProxies IP addresses in canonical spelling, no duplicates
 */
public record SurveySettings(Optional<String> companyName, List<String> trustedProxies) {

    public static final int MAX_COMPANY_NAME = 100;
    public static final int MAX_TRUSTED_PROXIES = 50;

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
    }

    /** Settings with a company name and no trusted proxy. */
    public SurveySettings(Optional<String> companyName) {
        this(companyName, List.of());
    }

    /** Whether {@code text} is an IPv4 or IPv6 address (a trusted proxy must be one; no name is looked up). */
    public static boolean isIpAddress(String text) {
        return IpAddresses.canonical(text).isPresent();
    }

    public static SurveySettings defaults() {
        return new SurveySettings(Optional.empty());
    }
}
