package io.successdesk.app.survey;

import io.successdesk.domain.voc.RateLimit;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * How often the public survey page may be asked, per client address and per token (any address), within a sliding
 * window; a token is tracked by its digest, never by its text.
 */
@Named
public class SurveyRateLimits {

    static final int IP_LIMIT = 30;
    static final int TOKEN_LIMIT = 10;
    static final Duration LIMIT_WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED_KEYS = 50_000;

    private final RateLimit perAddress = new RateLimit(IP_LIMIT, LIMIT_WINDOW, MAX_TRACKED_KEYS);
    private final RateLimit perToken = new RateLimit(TOKEN_LIMIT, LIMIT_WINDOW, MAX_TRACKED_KEYS);

    /** Counts one request; false when the address, or else the token (when there is one), is over its limit. */
    boolean allow(String token, String clientAddress, Instant now) {
        boolean address = perAddress.tryAcquire("ip:" + (clientAddress == null ? "?" : clientAddress), now);
        if (!address) {
            return false;
        }
        return token == null || perToken.tryAcquire("t:" + digest(token), now);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
