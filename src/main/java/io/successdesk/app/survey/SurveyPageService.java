package io.successdesk.app.survey;

import io.successdesk.app.Transactions;
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
 * The public survey page's protocol (docs/product.md §7): verifies the link's token (signature, known invitation, not
 * yet used, not expired) within {@link SurveyRateLimits}, and stores one answer per token through {@link CsatService}
 * with source SURVEY, in the transaction that uses the token. Forged, malformed and unknown tokens get the "invalid"
 * page; only a genuinely signed link learns that it was answered already or expired, so the distinction tells a
 * guesser nothing. The form carries a per-form nonce bound to the token (HMAC), so a submission must come from a form
 * this server rendered for that very link.
 */
@Named
public class SurveyPageService {

    public static final int MAX_COMMENT_LENGTH = 2000;

    private final SurveyTokenStore tokens;
    private final SurveySecret secret;
    private final SurveyRateLimits limits;
    private final CsatService csat;
    private final SurveySettingsStore settings;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public SurveyPageService(SurveyTokenStore tokens, SurveySecret secret, SurveyRateLimits limits, CsatService csat,
                             SurveySettingsStore settings, Transactions transactions, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.csat = Objects.requireNonNull(csat, "csat");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** GET of the page: the form when the link is good, else the page saying why not (or "too many requests"). */
    public SurveyPage open(String token, String clientAddress) {
        Optional<SurveyToken> signed = SurveyToken.verifySignature(token, secret.value());
        if (!limits.allow(signed, clientAddress, clock.instant())) {
            return page(SurveyPage.View.TOO_MANY_REQUESTS, Optional.empty());
        }
        Link link = link(signed);
        return link.view() == SurveyPage.View.FORM
                ? form(link.invitation().orElseThrow(), Optional.empty())
                : page(link.view(), link.invitation());
    }

    /**
     * POST of the form. Stores exactly one answer per token: the token is used and the answer stored in one
     * transaction, so a failure storing the answer leaves the link usable, and a second submission stores nothing and
     * gets "already answered".
     */
    public SurveyPage submit(String token, String nonce, String rating, String comment, String clientAddress) {
        Optional<SurveyToken> signed = SurveyToken.verifySignature(token, secret.value());
        if (!limits.allow(signed, clientAddress, clock.instant())) {
            return page(SurveyPage.View.TOO_MANY_REQUESTS, Optional.empty());
        }
        Link link = link(signed);
        if (link.view() != SurveyPage.View.FORM) {
            return page(link.view(), link.invitation());
        }
        SurveyInvitation invitation = link.invitation().orElseThrow();
        if (!validNonce(invitation.tokenId(), nonce)) {
            return page(SurveyPage.View.INVALID, Optional.empty());
        }
        Optional<Integer> stars = parseRating(rating);
        if (stars.isEmpty()) {
            return form(invitation, Optional.of(SurveyPage.FormError.NO_RATING));
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT_LENGTH) {
            return form(invitation, Optional.of(SurveyPage.FormError.COMMENT_TOO_LONG));
        }
        boolean stored = store(invitation, stars.get(), text);
        return page(stored ? SurveyPage.View.THANKS : SurveyPage.View.ALREADY_ANSWERED, Optional.of(invitation));
    }

    /** Uses the token and stores the answer together; false when the token was used already (nothing stored). */
    private boolean store(SurveyInvitation invitation, int stars, String comment) {
        Instant now = clock.instant();
        try {
            return transactions.inTransaction(() -> {
                if (!tokens.consume(invitation.tokenId(), now)) {
                    return false;
                }
                csat.ingest(new CsatSubmission(invitation.tokenId(), "SURVEY", invitation.account().value(),
                        invitation.issueId(), invitation.projectKey().orElse(null), stars,
                        comment.isEmpty() ? null : comment, now,
                        invitation.issueCreatedAt().filter(created -> !created.isAfter(now)).orElse(null)),
                        AuditEntry.SYSTEM_ACTOR);
                return true;
            });
        } catch (RuntimeException failure) {
            // the same form sent twice at once: the other submission used the token first and this one's
            // transaction lost on the token's unique key; what it wrote was rolled back
            if (tokens.isConsumed(invitation.tokenId())) {
                return false;
            }
            throw failure;
        }
    }

    /** What a link is good for: {@link SurveyPage.View#FORM} when it may still be answered. */
    private record Link(SurveyPage.View view, Optional<SurveyInvitation> invitation) {
    }

    private Link link(Optional<SurveyToken> signed) {
        Optional<SurveyInvitation> invitation = signed.flatMap(verified -> tokens.findInvitation(verified.tokenId())
                .filter(found -> found.issueId() == verified.issueId()));
        if (signed.isEmpty() || invitation.isEmpty()) {
            return new Link(SurveyPage.View.INVALID, Optional.empty());
        }
        if (tokens.isConsumed(invitation.get().tokenId())) {
            return new Link(SurveyPage.View.ALREADY_ANSWERED, invitation);
        }
        if (!clock.instant().isBefore(signed.get().expiresAt())) {
            return new Link(SurveyPage.View.EXPIRED, invitation);
        }
        return new Link(SurveyPage.View.FORM, invitation);
    }

    private SurveyPage page(SurveyPage.View view, Optional<SurveyInvitation> invitation) {
        return new SurveyPage(view, Optional.empty(), Optional.empty(), invitation.flatMap(SurveyInvitation::ticket),
                settings.load().companyName());
    }

    private SurveyPage form(SurveyInvitation invitation, Optional<SurveyPage.FormError> error) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String saltText = encoder.encodeToString(salt);
        String nonce = saltText + "." + encoder.encodeToString(nonceMac(invitation.tokenId(), saltText));
        return new SurveyPage(SurveyPage.View.FORM, Optional.of(nonce), error, invitation.ticket(),
                settings.load().companyName());
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
