package io.successdesk.app.survey;

import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.CsatSubmission;
import io.successdesk.domain.voc.SurveyToken;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The public survey page's protocol (docs/product.md §7): verifies the link's token (signature, expiry, not yet
 * used) within {@link SurveyRateLimits}, and stores one answer per token through {@link CsatService} with source
 * SURVEY. Forged, expired, malformed and used tokens all get the same page. The form carries a per-form nonce bound
 * to the token (HMAC), so a submission must come from a form this server rendered for that very link.
 */
@Named
public class SurveyPageService {

    public static final int MAX_COMMENT_LENGTH = 2000;

    private final SurveyTokenStore tokens;
    private final SurveySecret secret;
    private final SurveyRateLimits limits;
    private final CsatService csat;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public SurveyPageService(SurveyTokenStore tokens, SurveySecret secret, SurveyRateLimits limits, CsatService csat,
                             Clock clock) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.csat = Objects.requireNonNull(csat, "csat");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** GET of the page: the form when the link is good, else "no longer valid" (or "too many requests"). */
    public SurveyPage open(String token, String clientAddress) {
        if (!limits.allow(token, clientAddress, clock.instant())) {
            return SurveyPage.of(SurveyPage.View.TOO_MANY_REQUESTS);
        }
        return usable(token)
                .map(invitation -> form(invitation.tokenId(), Optional.empty()))
                .orElseGet(() -> SurveyPage.of(SurveyPage.View.NO_LONGER_VALID));
    }

    /**
     * POST of the form. Stores exactly one answer per token: the token is consumed atomically before the answer is
     * stored; a second submission, like a forged or expired one, gets "no longer valid".
     */
    public SurveyPage submit(String token, String nonce, String rating, String comment, String clientAddress) {
        if (!limits.allow(token, clientAddress, clock.instant())) {
            return SurveyPage.of(SurveyPage.View.TOO_MANY_REQUESTS);
        }
        Optional<SurveyInvitation> usable = usable(token);
        if (usable.isEmpty() || !validNonce(usable.get().tokenId(), nonce)) {
            return SurveyPage.of(SurveyPage.View.NO_LONGER_VALID);
        }
        SurveyInvitation invitation = usable.get();
        Optional<Integer> stars = parseRating(rating);
        if (stars.isEmpty()) {
            return form(invitation.tokenId(), Optional.of("Please choose a rating from 1 to 5."));
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT_LENGTH) {
            return form(invitation.tokenId(), Optional.of("Please keep the comment under " + MAX_COMMENT_LENGTH + " characters."));
        }
        Instant now = clock.instant();
        if (!tokens.consume(invitation.tokenId(), now)) {
            return SurveyPage.of(SurveyPage.View.NO_LONGER_VALID);
        }
        csat.ingest(new CsatSubmission(invitation.tokenId(), "SURVEY", invitation.account().value(),
                invitation.issueId(), invitation.projectKey().orElse(null), stars.get(), text.isEmpty() ? null : text,
                now, invitation.issueCreatedAt().filter(created -> !created.isAfter(now)).orElse(null)),
                AuditEntry.SYSTEM_ACTOR);
        return SurveyPage.of(SurveyPage.View.THANKS);
    }

    private Optional<SurveyInvitation> usable(String token) {
        return SurveyToken.verify(token, secret.value(), clock.instant())
                .flatMap(verified -> tokens.findInvitation(verified.tokenId())
                        .filter(invitation -> invitation.issueId() == verified.issueId()))
                .filter(invitation -> !tokens.isConsumed(invitation.tokenId()));
    }

    private SurveyPage form(String tokenId, Optional<String> error) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String saltText = encoder.encodeToString(salt);
        return new SurveyPage(SurveyPage.View.FORM, Optional.of(saltText + "." + encoder.encodeToString(nonceMac(tokenId, saltText))),
                error);
    }

    private boolean validNonce(String tokenId, String nonce) {
        if (nonce == null || nonce.length() > 200) {
            return false;
        }
        int dot = nonce.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            byte[] mac = Base64.getUrlDecoder().decode(nonce.substring(dot + 1));
            return MessageDigest.isEqual(nonceMac(tokenId, nonce.substring(0, dot)), mac);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] nonceMac(String tokenId, String salt) {
        return SurveyToken.hmacSha256(secret.value(), ("form|" + tokenId + "|" + salt).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Integer> parseRating(String rating) {
        if (rating == null || !rating.strip().matches("[1-5]")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(rating.strip()));
    }
}
