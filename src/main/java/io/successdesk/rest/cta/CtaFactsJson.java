package io.successdesk.rest.cta;

import io.successdesk.domain.cta.CtaFacts;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.rest.WireNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CTA's facts on the wire: one member per fact under its stable name ({@code CtaFact.member()}), dates as ISO
 * dates, scores and percentages as numbers, bands as wire names ({@code amber}), issue keys as an array; a CTA
 * stored before facts existed has only {@code legacyText}. Clients word them from the CTA's {@code reason}.
 */
public final class CtaFactsJson {

    private CtaFactsJson() {
    }

    public static Map<String, Object> of(CtaFacts facts) {
        Map<String, Object> json = new LinkedHashMap<>();
        facts.values().forEach((fact, value) -> json.put(fact.member(), switch (fact.kind()) {
            case DATE, TEXT -> value.toString();
            case SCORE -> ((HealthScore) value).value();
            case BAND -> WireNames.of((HealthBand) value);
            case COUNT, PERCENT -> value;
            case KEYS -> List.copyOf((List<?>) value);
        }));
        return json;
    }
}
