package io.successdesk.web.survey;

import io.successdesk.app.survey.SurveyPage;
import io.successdesk.app.survey.SurveyPageService;
import io.successdesk.app.survey.SurveyTexts;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.web.HtmlEscape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The survey page's HTML: a complete document with no script, in the respondent's language, every inserted text
 * HTML-escaped. The style sheet ({@value #STYLESHEET}) is inlined and allowed by its SHA-256 hash in the CSP, so the
 * page needs no second request, no Jira web resource and no {@code 'unsafe-inline'}.
 */
final class SurveyPageHtml {

    static final String STYLESHEET = "css/survey.css";

    private final String css;
    private final String styleSource;

    SurveyPageHtml() {
        try (InputStream in = SurveyPageHtml.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET + " is missing from the plugin");
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        styleSource = "'sha256-" + Base64.getEncoder().encodeToString(sha256(css)) + "'";
    }

    /** The CSP source that allows exactly the inlined style sheet. */
    String styleSource() {
        return styleSource;
    }

    String render(SurveyPage page, SurveyTexts texts, String token) {
        StringBuilder html = new StringBuilder(8192);
        String company = page.companyName().orElseGet(() -> texts.text("company.default"));
        html.append("<!DOCTYPE html><html lang=\"").append(texts.locale().toLanguageTag()).append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\"><title>")
                .append(escape(title(page.view(), texts) + " \u2013 " + company)).append("</title><style>").append(css)
                .append("</style></head><body><main class=\"sd-page\"><p class=\"sd-company\" id=\"company\">")
                .append(escape(company)).append("</p><div class=\"sd-card\">");
        switch (page.view()) {
            case FORM -> form(html, page, texts, token);
            case THANKS -> outcome(html, page, texts, "thanks", "thanks", true);
            case ALREADY_ANSWERED -> outcome(html, page, texts, "already-answered", "answered", true);
            case EXPIRED -> outcome(html, page, texts, "expired", "expired", false);
            case INVALID -> outcome(html, page, texts, "invalid", "invalid", false);
            case TOO_MANY_REQUESTS -> outcome(html, page, texts, "slow-down", "slowdown", false);
        }
        return html.append("</div></main></body></html>").toString();
    }

    private static String title(SurveyPage.View view, SurveyTexts texts) {
        return switch (view) {
            case FORM -> texts.text("page.title");
            case THANKS -> texts.text("thanks.title");
            case ALREADY_ANSWERED -> texts.text("answered.title");
            case EXPIRED -> texts.text("expired.title");
            case INVALID -> texts.text("invalid.title");
            case TOO_MANY_REQUESTS -> texts.text("slowdown.title");
        };
    }

    private static void outcome(StringBuilder html, SurveyPage page, SurveyTexts texts, String id, String key,
                                boolean good) {
        html.append("<div class=\"sd-outcome ").append(good ? "sd-outcome-good" : "sd-outcome-plain").append("\">")
                .append("<h1 id=\"").append(id).append("\">").append(escape(texts.text(key + ".title"))).append("</h1>");
        page.ticket().ifPresent(ticket -> ticket(html, ticket, texts));
        html.append("<p>").append(escape(texts.text(key + ".text"))).append("</p></div>");
    }

    private static void ticket(StringBuilder html, SurveyTicket ticket, SurveyTexts texts) {
        html.append("<p class=\"sd-ticket\" id=\"ticket\"><span class=\"sd-ticket-label\">")
                .append(escape(texts.text("ticket.label"))).append("</span><span class=\"sd-ticket-key\">")
                .append(escape(ticket.issueKey())).append("</span><span class=\"sd-ticket-summary\">")
                .append(escape(ticket.summary())).append("</span></p>");
    }

    private static void form(StringBuilder html, SurveyPage page, SurveyTexts texts, String token) {
        html.append("<h1 id=\"survey-title\">").append(escape(texts.text("page.title"))).append("</h1>");
        page.ticket().ifPresent(ticket -> ticket(html, ticket, texts));
        page.error().ifPresent(error -> html.append("<p class=\"sd-error\" id=\"error\" role=\"alert\">")
                .append(escape(switch (error) {
                    case NO_RATING -> texts.text("error.rating");
                    case COMMENT_TOO_LONG -> texts.text("error.comment", SurveyPageService.MAX_COMMENT_LENGTH);
                })).append("</p>"));
        html.append("<form method=\"post\" accept-charset=\"UTF-8\" autocomplete=\"off\">")
                .append(hidden(SurveyServlet.TOKEN, token))
                .append(hidden(SurveyServlet.NONCE, page.nonce().orElse("")))
                .append("<fieldset aria-describedby=\"scale-hint\"")
                .append(page.error().filter(error -> error == SurveyPage.FormError.NO_RATING).isPresent()
                        ? " aria-invalid=\"true\"" : "")
                .append("><legend>").append(escape(texts.text("question"))).append("</legend>")
                .append("<p class=\"sd-hint\" id=\"scale-hint\">").append(escape(texts.text("scale.hint")))
                .append("</p><div class=\"sd-scale\">");
        for (int rating = 1; rating <= 5; rating++) {
            html.append("<label class=\"sd-option\" for=\"rating-").append(rating).append("\"><input type=\"radio\" id=\"rating-")
                    .append(rating).append("\" name=\"").append(SurveyServlet.RATING).append("\" value=\"").append(rating)
                    .append("\" required><span>").append(rating).append("</span>");
            if (rating == 1 || rating == 5) {
                html.append("<em class=\"sd-sr-only\">").append(escape(texts.text(rating == 1 ? "scale.low" : "scale.high")))
                        .append("</em>");
            }
            html.append("</label>");
        }
        html.append("</div><div class=\"sd-scale-ends\" aria-hidden=\"true\"><span>").append(escape(texts.text("scale.low")))
                .append("</span><span>").append(escape(texts.text("scale.high"))).append("</span></div></fieldset>")
                .append("<div class=\"sd-field\"><label for=\"comment\">").append(escape(texts.text("comment.label")))
                .append("</label><textarea id=\"comment\" name=\"").append(SurveyServlet.COMMENT)
                .append("\" maxlength=\"").append(SurveyPageService.MAX_COMMENT_LENGTH)
                .append("\" aria-describedby=\"comment-hint\"></textarea><p class=\"sd-hint\" id=\"comment-hint\">")
                .append(escape(texts.text("comment.hint", SurveyPageService.MAX_COMMENT_LENGTH))).append("</p></div>")
                .append("<button type=\"submit\" class=\"sd-button\">").append(escape(texts.text("submit")))
                .append("</button></form>");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    /** HTML-escapes text for element content and double-quoted attribute values. */
    static String escape(String text) {
        return HtmlEscape.text(text);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
