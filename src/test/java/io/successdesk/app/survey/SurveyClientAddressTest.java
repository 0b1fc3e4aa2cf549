package io.successdesk.app.survey;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyClientAddressTest {

    private static final String PROXY = "10.0.0.2";
    private static final String CUSTOMER = "198.51.100.7";

    private final InMemorySurveySettingsStore settings = new InMemorySurveySettingsStore();
    private final SurveyClientAddress clients = new SurveyClientAddress(settings);

    private void trust(String... proxies) {
        settings.save(new SurveySettings(Optional.empty(), List.of(proxies)));
    }

    @Test
    void shouldUseThePeerAndIgnoreXForwardedForWhenNoProxyIsTrusted() {
        assertThat(clients.of("203.0.113.9", CUSTOMER)).isEqualTo("203.0.113.9");
    }

    @Test
    void shouldIgnoreXForwardedForFromAPeerThatIsNotATrustedProxy() {
        trust(PROXY);

        assertThat(clients.of("203.0.113.9", CUSTOMER)).isEqualTo("203.0.113.9");
    }

    @Test
    void shouldTakeTheClientAddressATrustedProxyForwarded() {
        trust(PROXY);

        assertThat(clients.of(PROXY, CUSTOMER)).isEqualTo(CUSTOMER);
        assertThat(clients.of(PROXY, null)).as("no header: the proxy itself").isEqualTo(PROXY);
    }

    @Test
    void shouldNotBelieveAddressesTheClientWroteIntoTheHeaderItself() {
        trust(PROXY);

        assertThat(clients.of(PROXY, "1.2.3.4, " + CUSTOMER)).isEqualTo(CUSTOMER);
    }

    @Test
    void shouldWalkBackThroughAChainOfTrustedProxies() {
        trust(PROXY, "10.0.0.3");

        assertThat(clients.of(PROXY, "1.2.3.4, " + CUSTOMER + ",10.0.0.3")).isEqualTo(CUSTOMER);
    }

    @Test
    void shouldCompareIpv6AddressesByValueNotSpelling() {
        trust("2001:db8::1");

        assertThat(clients.of("2001:db8:0:0:0:0:0:1", CUSTOMER)).isEqualTo(CUSTOMER);
    }

    @Test
    void shouldKeyOnTheProxyWhenItForwardedSomethingThatIsNotAnAddress() {
        trust(PROXY);

        assertThat(clients.of(PROXY, "evil.example")).isEqualTo(PROXY);
    }

    @Test
    void shouldAcceptOnlyIpAddressesAsTrustedProxies() {
        assertThat(new SurveySettings(Optional.empty(), List.of(" 10.0.0.2 ", "2001:DB8::1")).trustedProxies())
                .containsExactly("10.0.0.2", "2001:db8:0:0:0:0:0:1");
        assertThatThrownBy(() -> new SurveySettings(Optional.empty(), List.of("proxy.example.com")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveySettings(Optional.empty(), List.of("10.0.0.256")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
