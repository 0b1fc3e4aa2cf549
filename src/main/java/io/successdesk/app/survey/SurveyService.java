package io.successdesk.app.survey;

import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.CsatSubmission;
import io.successdesk.domain.voc.RateLimit;
import io.successdesk.domain.voc.SurveyToken;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
  * The SuccessDesk survey (docs/product.md §7): on resolution in a survey project, email the reporter a link carrying a
  * signed,
 * expiring token; the public page verifies the token (signature, expiry, not yet used), rate-limits by client address
 * and by token, and stores one answer per token through {@link CsatService} with source SURVEY. Forged, expired,
 * malformed and used tokens all get the same page. The form also carries a per-form nonce bound to the token (HMAC),
 * so a submission must come from a form this server rendered for that very link.
 */
@Named
public class SurveyService {

    /** Where the public page lives, below Jira's base URL ({@code <servlet>} module url-pattern /successdesk/survey). */
    public static final String PAGE_PATH = "/plugins/servlet/successdesk/survey";
    public static final Duration LINK_LIFETIME = Duration.ofDays(14);
    public static final int MAX_COMMENT_LENGTH = 2000;
    static final int IP_LIMIT = 30;
    static final int TOKEN_LIMIT = 10;
    static final Duration LIMIT_WINDOW = Duration.ofMinutes(10);
    private static final int SECRET_BYTES = 32;
    private static final int MAX_TRACKED_KEYS = 50_000;

    private final SettingsStore settings;
    private final SurveyTokenStore tokens;
    private final SurveySecretStore secrets;
    private final SurveyMailer mailer;
    private final SiteUrl siteUrl;
    private final CsatService csat;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final RateLimit perAddress = new RateLimit(IP_LIMIT, LIMIT_WINDOW, MAX_TRACKED_KEYS);
    private final RateLimit perToken = new RateLimit(TOKEN_LIMIT, LIMIT_WINDOW, MAX_TRACKED_KEYS);
    private volatile byte[] secret;

    @Inject
    public SurveyService(SettingsStore settings, SurveyTokenStore tokens, SurveySecretStore secrets, SurveyMailer mailer,
                         SiteUrl siteUrl, CsatService csat, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.siteUrl = Objects.requireNonNull(siteUrl, "siteUrl");
        this.csat = Objects.requireNonNull(csat, "csat");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An issue was resolved: in a survey project with a reporter email, records an invitation and emails the link.
     *
     * @return the signed token sent, or empty when nothing was sent (not a survey project, no email, no mail server)
     */
    public Optional<String> inviteOnResolution(SurveyRequest request) {
        if (!settings.load().isSurveyProject(request.projectKey())) {
            return Optional.empty();
        }
        Optional<String> email = request.reporterEmail().map(String::strip).filter(e -> e.contains("@"));
        if (email.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        SurveyToken token = new SurveyToken(UUID.randomUUID().toString(), request.issueId(), now.plus(LINK_LIFETIME));
        String signed = token.sign(secret());
        tokens.saveInvitation(new SurveyInvitation(token.tokenId(), request.issueId(), request.account(),
                Optional.of(request.projectKey()), request.issueCreatedAt(), now, token.expiresAt()));
        String link = linkFor(signed);
        String body = "Hello,\n\nyour support request was resolved. How satisfied were you with the help you got?\n"
                + "One click, one question:\n\n" + link + "\n\n"
                + "The link works once and expires in " + LINK_LIFETIME.toDays() + " days.\n";
        return mailer.send(email.get(), "How did we do?", body) ? Optional.of(signed) : Optional.empty();
    }

    /** The survey page's link for a signed token. */
    public String linkFor(String signedToken) {
        return siteUrl.baseUrl() + PAGE_PATH + "?token=" + URLEncoder.encode(signedToken, StandardCharsets.UTF_8);
    }

    /** GET of the page: the form when the link is good, else "no longer valid" (or "too many requests"). */
    public SurveyPage open(String token, String clientAddress) {
        if (!withinLimits(token, clientAddress)) {
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
        if (!withinLimits(token, clientAddress)) {
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

    private boolean withinLimits(String token, String clientAddress) {
        Instant now = clock.instant();
        boolean address = perAddress.tryAcquire("ip:" + (clientAddress == null ? "?" : clientAddress), now);
        if (!address) {
            return false;
        }
        return token == null || perToken.tryAcquire("t:" + digest(token), now);
    }

    private Optional<SurveyInvitation> usable(String token) {
        return SurveyToken.verify(token, secret(), clock.instant())
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
        return SurveyToken.hmacSha256(secret(), ("form|" + tokenId + "|" + salt).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Integer> parseRating(String rating) {
        if (rating == null || !rating.strip().matches("[1-5]")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(rating.strip()));
    }

    /** The secret, generated with SecureRandom and stored on first use; re-read after saving so nodes agree. */
    private byte[] secret() {
        byte[] current = secret;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (secret == null) {
                Optional<String> stored = secrets.load();
                if (stored.isEmpty()) {
                    byte[] fresh = new byte[SECRET_BYTES];
                    random.nextBytes(fresh);
                    secrets.save(Base64.getEncoder().encodeToString(fresh));
                    stored = secrets.load();
                }
                secret = Base64.getDecoder().decode(stored.orElseThrow(
                        () -> new IllegalStateException("the survey secret could not be stored")));
            }
            return secret;
        }
    }

    /** Generates the secret now if there is none (call on plugin start). */
    public void ensureSecret() {
        secret();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
