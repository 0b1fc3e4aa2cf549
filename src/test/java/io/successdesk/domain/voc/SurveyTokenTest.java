package io.successdesk.domain.voc;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyTokenTest {

    private static final byte[] SECRET = bytes(32, 7);
    private static final byte[] OTHER_SECRET = bytes(32, 8);
    private static final Instant EXPIRY = Instant.parse("2026-12-01T00:00:00Z");
    private static final SurveyToken TOKEN = new SurveyToken("0f8fad5b-d9cb-469f-a165-70867728950e", 20003L, EXPIRY);

    @Test
    void shouldComputeTheSameHmacAsJavaxCrypto() throws Exception {
        for (byte[] key : new byte[][]{SECRET, bytes(64, 3), bytes(100, 5)}) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] message = "v1|id|1|2".getBytes(StandardCharsets.UTF_8);
            assertThat(SurveyToken.hmacSha256(key, message)).isEqualTo(mac.doFinal(message));
        }
    }

    @Test
    void shouldVerifyAGenuineTokenBeforeItsExpiry() {
        String signed = TOKEN.sign(SECRET);

        assertThat(SurveyToken.verify(signed, SECRET, EXPIRY.minusSeconds(1))).contains(TOKEN);
        assertThat(SurveyToken.verify(signed, SECRET, EXPIRY.minusNanos(1))).contains(TOKEN);
    }

    @Test
    void shouldRefuseATokenFromTheInstantOfItsExpiryOn() {
        String signed = TOKEN.sign(SECRET);

        assertThat(SurveyToken.verify(signed, SECRET, EXPIRY)).isEmpty();
        assertThat(SurveyToken.verify(signed, SECRET, EXPIRY.plusSeconds(1))).isEmpty();
    }

    @Test
    void shouldTellAGenuineButExpiredTokenFromAForgedOne() {
        assertThat(SurveyToken.verifySignature(TOKEN.sign(SECRET), SECRET)).contains(TOKEN);
        assertThat(SurveyToken.verifySignature(TOKEN.sign(OTHER_SECRET), SECRET)).isEmpty();
        assertThat(SurveyToken.verifySignature("garbage", SECRET)).isEmpty();
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherSecret() {
        assertThat(SurveyToken.verify(TOKEN.sign(OTHER_SECRET), SECRET, EXPIRY.minusSeconds(60))).isEmpty();
    }

    @Test
    void shouldRefuseEverySingleBitFlipOfPayloadOrSignature() {
        String signed = TOKEN.sign(SECRET);
        int dot = signed.indexOf('.');
        byte[] payload = Base64.getUrlDecoder().decode(signed.substring(0, dot));
        byte[] mac = Base64.getUrlDecoder().decode(signed.substring(dot + 1));
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        for (int bit = 0; bit < payload.length * 8; bit++) {
            byte[] flipped = Arrays.copyOf(payload, payload.length);
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String forged = encoder.encodeToString(flipped) + "." + encoder.encodeToString(mac);
            assertThat(SurveyToken.verify(forged, SECRET, EXPIRY.minusSeconds(60))).as("payload bit %d", bit).isEmpty();
        }
        for (int bit = 0; bit < mac.length * 8; bit++) {
            byte[] flipped = Arrays.copyOf(mac, mac.length);
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String forged = encoder.encodeToString(payload) + "." + encoder.encodeToString(flipped);
            assertThat(SurveyToken.verify(forged, SECRET, EXPIRY.minusSeconds(60))).as("mac bit %d", bit).isEmpty();
        }
    }

    @Test
    void shouldRefuseAForgedLongerExpiryEvenWithAWellFormedPayload() {
        SurveyToken extended = new SurveyToken(TOKEN.tokenId(), TOKEN.issueId(), EXPIRY.plusSeconds(86_400 * 365));
        String genuine = TOKEN.sign(SECRET);
        String forged = extended.sign(OTHER_SECRET).substring(0, extended.sign(OTHER_SECRET).indexOf('.'))
                + genuine.substring(genuine.indexOf('.'));

        assertThat(SurveyToken.verify(forged, SECRET, EXPIRY.plusSeconds(60))).isEmpty();
    }

    @Test
    void shouldRefuseMalformedText() {
        for (String text : new String[]{null, "", ".", "abc", "a.b.c", "%%%.%%%", "x".repeat(600)}) {
            assertThat(SurveyToken.verify(text, SECRET, EXPIRY.minusSeconds(60))).as("'%s'", text).isEmpty();
        }
    }

    @Test
    void shouldRefuseShortSecrets() {
        assertThatThrownBy(() -> TOKEN.sign(bytes(31, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i * 17);
        }
        return bytes;
    }

    @Test
    void shouldRefuseATokenForNoIssue() {
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
        assertThatThrownBy(() -> new SurveyToken("abcdefgh", 0, expiry)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveyToken("abcdefgh", -1, expiry)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SurveyToken("abcdefgh", 1, expiry).issueId()).isEqualTo(1);
    }
}
