package io.successdesk.app.survey;

import java.util.Objects;
import java.util.Optional;

/**
 * Survey settings an admin may change (docs/product.md §7, "Survey page"): the company name the public page and the
 * mail show. Without one (the default) the page says "Customer support" in the respondent's language.
 */
public record SurveySettings(Optional<String> companyName) {

    public static final int MAX_COMPANY_NAME = 100;

    public SurveySettings {
        Objects.requireNonNull(companyName, "companyName");
        companyName = companyName.map(String::strip).filter(name -> !name.isEmpty());
        if (companyName.map(String::length).orElse(0) > MAX_COMPANY_NAME) {
            throw new IllegalArgumentException("a company name has at most " + MAX_COMPANY_NAME + " characters");
        }
    }

    public static SurveySettings defaults() {
        return new SurveySettings(Optional.empty());
    }
}
