package io.successdesk.rest.admin;

import java.util.List;

/**
 * The survey page's settings: {@code companyName} (null or blank: the page says "Customer support"),
 * {@code trustedProxies} (IP addresses of the reverse proxies whose X-Forwarded-For is believed; required, [] for
 * none). {@code revision} as in {@link ConfigDto}.
 */
public record SurveyConfigDto(String companyName, List<String> trustedProxies, Integer linkLifetimeDays,
                              String revision) {

    SurveyConfigDto withRevision(String value) {
        return new SurveyConfigDto(companyName, trustedProxies, linkLifetimeDays, value);
    }
}
