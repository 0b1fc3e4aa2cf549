package io.successdesk.domain.voc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signed, expiring token of a SuccessDesk survey link: {@code base64url(payload).base64url(HMAC-SHA256(payload))}
 * with payload {@code v1|tokenId|issueId|expiresAtEpochSecond}. Verification recomputes the MAC and compares in
 * constant time ({@link MessageDigest#isEqual}); a token is valid strictly before its expiry instant. Single use is
 * the app's concern (the token id is recorded when consumed).
 *
 * <p>HMAC (RFC 2104) is computed over {@link MessageDigest} SHA-256 so the domain needs nothing outside {@code java.*};
 * the tests check it against {@code javax.crypto.Mac}.
 */
public record SurveyToken(String tokenId, long issueId, Instant expiresAt) {

    /** Secrets shorter than this are refused (HMAC-SHA256 wants at least the output length). */
    public static final int MIN_SECRET_BYTES = 32;
    private static final String VERSION = "v1";
    private static final int BLOCK = 64;
    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int MAX_TEXT_LENGTH = 512;

    public SurveyToken {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!TOKEN_ID.matcher(tokenId).matches()) {
            throw new IllegalArgumentException("a token id is 8–64 letters, digits or dashes");
        }
        if (issueId <= 0) {
            throw new IllegalArgumentException("issue id must be positive");
        }
    }

    /** The token as it goes into the link. */
    public String sign(byte[] secret) {
        byte[] payload = payload().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(payload) + "." + encoder.encodeToString(hmacSha256(secret, payload));
    }

    /**
     * The token the text carries, when its MAC matches under {@code secret}, it parses, and {@code now} is before its
     * expiry. Forged, malformed and expired tokens all answer empty, without saying which.
     */
    public static Optional<SurveyToken> verify(String text, byte[] secret, Instant now) {
        return verifySignature(text, secret).filter(token -> now.isBefore(token.expiresAt()));
    }

    /**
     * The token the text carries when its MAC matches under {@code secret} and it parses, expired or not: only a
     * genuine link can learn that it expired. Forged and malformed tokens answer empty.
     */
    public static Optional<SurveyToken> verifySignature(String text, byte[] secret) {
        if (text == null || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        if (dot <= 0 || dot != text.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] mac;
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            payload = decoder.decode(text.substring(0, dot));
            mac = decoder.decode(text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(hmacSha256(secret, payload), mac)) {
            return Optional.empty();
        }
        return parse(new String(payload, StandardCharsets.UTF_8));
    }

    private String payload() {
        return VERSION + "|" + tokenId + "|" + issueId + "|" + expiresAt.getEpochSecond();
    }

    private static Optional<SurveyToken> parse(String payload) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SurveyToken(parts[1], Long.parseLong(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** HMAC-SHA256 per RFC 2104 over {@code java.security}. */
    public static byte[] hmacSha256(byte[] secret, byte[] message) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("an HMAC secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        MessageDigest sha256 = sha256();
        byte[] key = secret.length > BLOCK ? sha256.digest(secret) : secret;
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < key.length ? key[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        sha256.reset();
        sha256.update(inner);
        byte[] innerHash = sha256.digest(message);
        sha256.update(outer);
        byte[] result = sha256.digest(innerHash);
        Arrays.fill(inner, (byte) 0);
        Arrays.fill(outer, (byte) 0);
        return result;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
