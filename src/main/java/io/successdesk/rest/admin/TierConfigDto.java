package io.successdesk.rest.admin;

import java.util.List;

/**
 * The tiers accounts may have, in the order lists and filters offer them. {@code revision} as in {@link ConfigDto}.
 */
public record TierConfigDto(List<String> tiers, String revision) {

    TierConfigDto withRevision(String value) {
        return new TierConfigDto(tiers, value);
    }
}
