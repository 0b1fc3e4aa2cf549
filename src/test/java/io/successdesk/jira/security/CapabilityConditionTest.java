package io.successdesk.jira.security;

import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.UserDirectory;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapabilityConditionTest {

    /** One logged-in user in the given groups. */
    private static AccessPolicy policy(Set<String> groups) {
        return new AccessPolicy(new UserDirectory() {
            @Override
            public Optional<String> currentUserKey() {
                return Optional.of("kim");
            }

            @Override
            public boolean isAdmin(String userKey) {
                return false;
            }

            @Override
            public boolean isInGroup(String userKey, String group) {
                return groups.contains(group);
            }

            @Override
            public Optional<String> displayName(String userKey) {
                return Optional.empty();
            }
        }, InMemorySettingsStore.supporting("SUP"));
    }

    @Test
    void shouldShowWhatTheNamedCapabilityAllowsAndViewAccountsWithoutAParameter() {
        AccessPolicy viewer = policy(Set.of("successdesk-viewers"));
        CapabilityCondition accounts = new CapabilityCondition(viewer);
        accounts.init(Map.of());
        assertThat(accounts.shouldDisplay(Map.of())).isTrue();

        CapabilityCondition revenue = new CapabilityCondition(viewer);
        revenue.init(Map.of("capability", "view-financials"));
        assertThat(revenue.shouldDisplay(Map.of())).as("a viewer is no financial viewer").isFalse();

        CapabilityCondition financeRevenue = new CapabilityCondition(policy(Set.of("successdesk-viewers", "successdesk-financial-viewers")));
        financeRevenue.init(Map.of("capability", "view-financials"));
        assertThat(financeRevenue.shouldDisplay(Map.of())).isTrue();

        CapabilityCondition outsider = new CapabilityCondition(policy(Set.of()));
        outsider.init(Map.of());
        assertThat(outsider.shouldDisplay(Map.of())).isFalse();
    }

    @Test
    void shouldRefuseAnUnknownCapabilityWhenTheModuleIsLoaded() {
        assertThatThrownBy(() -> new CapabilityCondition(policy(Set.of())).init(Map.of("capability", "view-everything")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
