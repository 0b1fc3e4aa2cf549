package io.successdesk.rest.admin;

/**
 * The CTA rule parameters on the wire (docs/product.md §5) with the {@code version} they were read at; a change sends
 * that version back and is refused with 409 when someone else saved rules meanwhile. {@code turnedOff}: the reasons
 * that raise nothing ({@code no-touchpoint}, …); absent or empty when every rule is on.
 */
public record CtaRulesDto(Integer scoreDropPoints, Integer scoreDropDays, Integer lowCsatMaxRating,
                          Integer csatLookbackDays, Integer renewalAtRiskDays, Integer noTouchpointDays,
                          Integer promoterLookbackDays, java.math.BigDecimal usageGrowthPercent,
                          java.util.List<String> turnedOff, Long version) {
}
