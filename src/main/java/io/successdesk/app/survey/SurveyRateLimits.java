package io.successdesk.app.survey;

import io.successdesk.domain.voc.RateLimit;
import io.successdesk.domain.voc.SurveyToken;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often the public survey page may be asked within a window. A genuinely signed link counts against its own
 * limit only, so a busy shared address (an office NAT, a trusted proxy's client) never locks out a customer with a
 * real link; everything else (no token, a malformed or forged one) counts against the client address, which is what
 * stops token guessing. Each limiter drops its oldest keys when full ({@link RateLimit}).
 */
@Named
public class SurveyRateLimits {

    public static final int IP_LIMIT = 30;
    static final int TOKEN_LIMIT = 10;
    static final Duration LIMIT_WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED_KEYS = 50_000;

    private final RateLimit perAddress = new RateLimit(IP_LIMIT, LIMIT_WINDOW, MAX_TRACKED_KEYS);
    private final RateLimit perToken = new RateLimit(TOKEN_LIMIT, LIMIT_WINDOW, MAX_TRACKED_KEYS);

    /** Counts one request; false when the link's limit (for a signed link), else the address's, is used up. */
    boolean allow(Optional<SurveyToken> signed, String clientAddress, Instant now) {
        return signed.isPresent()
                ? perToken.tryAcquire(signed.get().tokenId(), now)
                : perAddress.tryAcquire(clientAddress, now);
    }
}
