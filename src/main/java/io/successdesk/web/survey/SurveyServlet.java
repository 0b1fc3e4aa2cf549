package io.successdesk.web.survey;

import io.successdesk.app.survey.SurveyPage;
import io.successdesk.app.survey.SurveyPageService;
import io.successdesk.web.HtmlEscape;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The public survey page ({@code <servlet>} module at {@code /plugins/servlet/successdesk/survey}): no login, the link's
 * signed token authorises exactly one answer. GET shows the form, POST stores the answer. Everything written is
 * HTML-escaped; the page names no account and no issue; responses are not cached, not framed, send no referrer (the
 * token is in the URL) and allow no script.
 */
public class SurveyServlet extends HttpServlet {

    static final String TOKEN = "token";
    static final String NONCE = "nonce";
    static final String RATING = "rating";
    static final String COMMENT = "comment";

    private final transient SurveyPageService survey;

    @Inject
    public SurveyServlet(SurveyPageService survey) {
        this.survey = survey;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter(TOKEN);
        render(response, survey.open(token, request.getRemoteAddr()), token);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String token = request.getParameter(TOKEN);
        SurveyPage page = survey.submit(token, request.getParameter(NONCE), request.getParameter(RATING),
                request.getParameter(COMMENT), request.getRemoteAddr());
        render(response, page, token);
    }

    private static void render(HttpServletResponse response, SurveyPage page, String token) throws IOException {
        response.setStatus(switch (page.view()) {
            case FORM, THANKS -> HttpServletResponse.SC_OK;
            case NO_LONGER_VALID -> HttpServletResponse.SC_GONE;
            case TOO_MANY_REQUESTS -> 429;
        });
        if (page.view() == SurveyPage.View.TOO_MANY_REQUESTS) {
            response.setHeader("Retry-After", "600");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>How did we do?</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}"
                + "fieldset{border:0;padding:0}label{margin-right:1rem}textarea{width:100%;min-height:6rem}"
                + ".error{color:#ae2e24}</style></head><body>");
        switch (page.view()) {
            case FORM -> form(out, page, token);
            case THANKS -> out.print("<h1 id=\"thanks\">Thank you!</h1><p>Your answer was recorded.</p>");
            case NO_LONGER_VALID -> out.print("<h1 id=\"invalid\">This link is no longer valid</h1>"
                    + "<p>Survey links work once and expire after a while.</p>");
            case TOO_MANY_REQUESTS -> out.print("<h1 id=\"slow-down\">Too many attempts</h1><p>Please try again later.</p>");
        }
        out.print("</body></html>");
    }

    private static void form(PrintWriter out, SurveyPage page, String token) {
        out.print("<h1>How satisfied were you with the help you got?</h1>");
        page.error().ifPresent(error -> out.print("<p class=\"error\" id=\"error\">" + escape(error) + "</p>"));
        out.print("<form method=\"post\" accept-charset=\"UTF-8\" autocomplete=\"off\">");
        out.print("<input type=\"hidden\" name=\"" + TOKEN + "\" value=\"" + escape(token) + "\">");
        out.print("<input type=\"hidden\" name=\"" + NONCE + "\" value=\"" + escape(page.nonce().orElse("")) + "\">");
        out.print("<fieldset><legend>1 = very dissatisfied, 5 = very satisfied</legend>");
        for (int rating = 1; rating <= 5; rating++) {
            out.print("<label><input type=\"radio\" name=\"" + RATING + "\" value=\"" + rating + "\" required> "
                    + rating + "</label>");
        }
        out.print("</fieldset><p><label for=\"comment\">Anything to add? (optional)</label>"
                + "<textarea id=\"comment\" name=\"" + COMMENT + "\" maxlength=\"" + SurveyPageService.MAX_COMMENT_LENGTH
                + "\"></textarea></p><p><button type=\"submit\">Send</button></p></form>");
    }

    /** HTML-escapes text for element content and double-quoted attribute values. */
    static String escape(String text) {
        return HtmlEscape.text(text);
    }
}
