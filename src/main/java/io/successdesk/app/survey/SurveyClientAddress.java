package io.successdesk.app.survey;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The address the survey page's rate limits count a request against: the peer that connected, unless it is one of
 * the {@link SurveySettings#trustedProxies()}; then the nearest address in {@code X-Forwarded-For}, read from the
 * right (each proxy appends the address it saw), that is not a trusted proxy. Addresses to the left of that one were
 * written by the client and are never believed.
 */
@Named
public class SurveyClientAddress {

    private final SurveySettingsStore settings;

    @Inject
    public SurveyClientAddress(SurveySettingsStore settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param peerAddress  the address that connected ({@code ServletRequest#getRemoteAddr})
     * @param forwardedFor every {@code X-Forwarded-For} header of the request joined by commas, or null
     */
    public String of(String peerAddress, @Nullable String forwardedFor) {
        List<String> trusted = settings.load().trustedProxies();
        String nearest = IpAddresses.canonical(peerAddress).orElse(peerAddress);
        if (trusted.isEmpty() || forwardedFor == null) {
            return nearest;
        }
        String[] hops = forwardedFor.split(",");
        for (int hop = hops.length - 1; hop >= 0 && trusted.contains(nearest); hop--) {
            Optional<String> previous = IpAddresses.canonical(hops[hop]);
            if (previous.isEmpty()) {
                break;
            }
            nearest = previous.get();
        }
        return nearest;
    }
}
