package io.successdesk.app.survey;

import io.successdesk.app.config.SettingsStore;
import io.successdesk.domain.voc.SurveyToken;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Survey invitations (docs/product.md §7): on resolution in a survey project, records an invitation and emails the
 * reporter a link carrying a signed, expiring token for the page {@link SurveyPageService} answers.
 */
@Named
public class SurveyInvitations {

    /** Where the public page lives, below Jira's base URL ({@code <servlet>} module url-pattern /successdesk/survey). */
    public static final String PAGE_PATH = "/plugins/servlet/successdesk/survey";
    private final SettingsStore settings;
    private final SurveySettingsStore surveySettings;
    private final SurveyTokenStore tokens;
    private final SurveySecret secret;
    private final SurveyMailer mailer;
    private final SiteUrl siteUrl;
    private final RecipientLocales locales;
    private final Clock clock;

    @Inject
    public SurveyInvitations(SettingsStore settings, SurveyTokenStore tokens, SurveySecret secret, SurveyMailer mailer,
                             SiteUrl siteUrl, RecipientLocales locales, Clock clock, SurveySettingsStore surveySettings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.surveySettings = Objects.requireNonNull(surveySettings, "surveySettings");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.siteUrl = Objects.requireNonNull(siteUrl, "siteUrl");
        this.locales = Objects.requireNonNull(locales, "locales");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An issue was resolved: in a survey project with a reporter email, records an invitation and emails the link, in
     * the language the reporter reads Jira in.
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
        Duration lifetime = surveySettings.load().linkLifetime();
        SurveyToken token = new SurveyToken(UUID.randomUUID().toString(), request.issueId(), now.plus(lifetime));
        String signed = token.sign(secret.value());
        tokens.saveInvitation(new SurveyInvitation(token.tokenId(), request.issueId(), request.account(),
                Optional.of(request.projectKey()), request.issueCreatedAt(), now, token.expiresAt(),
                Optional.of(request.ticket())));
        SurveyTexts texts = SurveyTexts.in(locales.localeOf(request.reporterKey()));
        String body = SurveyMailText.body(texts, request.ticket(), linkFor(signed), lifetime);
        return mailer.send(email.get(), SurveyMailText.subject(texts, request.ticket()), body)
                ? Optional.of(signed) : Optional.empty();
    }

    /** The survey page's link for a signed token. */
    public String linkFor(String signedToken) {
        return siteUrl.baseUrl() + PAGE_PATH + "?token=" + URLEncoder.encode(signedToken, StandardCharsets.UTF_8);
    }
}
