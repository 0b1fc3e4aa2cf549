package io.successdesk.web.survey;

import io.successdesk.app.survey.SurveyClientAddress;
import io.successdesk.app.survey.SurveyPage;
import io.successdesk.app.survey.SurveyPageService;
import io.successdesk.app.survey.SurveyTexts;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The public survey page ({@code <servlet>} module at {@code /plugins/servlet/successdesk/survey}, docs/product.md
 * "Survey page"): no login, the link's signed token authorises exactly one answer. GET shows the form, POST stores the
 * answer. The page is in the language the browser asks for (Accept-Language; English otherwise) and names the company
 * and the ticket, never the account. Responses are not cached, not framed, send no referrer (the token is in the URL)
 * and allow no script; the only style allowed is the page's own, by hash.
 *
 * <p>Not decorated by Jira and independent of Jira's web resources on purpose (the decision is in docs/product.md,
 * "Survey page"): requiring AUI ({@code com.atlassian.auiplugin:ajs}) through the web-resource manager brings its
 * script, fonts and batch URLs along, which a page without script and with {@code default-src 'none'} would block,
 * and whether Jira serves them to anonymous pages outside its decorator is not something the app can rely on.
 * {@link SurveyPageHtml} inlines a small sheet that follows AUI's design tokens instead.
 */
public class SurveyServlet extends HttpServlet {

    static final String TOKEN = "token";
    static final String NONCE = "nonce";
    static final String RATING = "rating";
    static final String COMMENT = "comment";
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final transient SurveyPageService survey;
    private final transient SurveyClientAddress clients;
    private final transient SurveyPageHtml html = new SurveyPageHtml();

    @Inject
    public SurveyServlet(SurveyPageService survey, SurveyClientAddress clients) {
        this.survey = survey;
        this.clients = clients;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter(TOKEN);
        render(request, response, survey.open(token, client(request)), token);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String token = request.getParameter(TOKEN);
        SurveyPage page = survey.submit(token, request.getParameter(NONCE), request.getParameter(RATING),
                request.getParameter(COMMENT), client(request));
        render(request, response, page, token);
    }

    /** The client address the rate limits count, behind the trusted proxies of the survey settings. */
    private String client(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders(FORWARDED_FOR);
        List<String> forwarded = headers == null ? List.of() : Collections.list(headers);
        return clients.of(request.getRemoteAddr(), forwarded.isEmpty() ? null : String.join(",", forwarded));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, SurveyPage page, String token)
            throws IOException {
        SurveyTexts texts = SurveyTexts.forAcceptLanguage(request.getHeader("Accept-Language"));
        response.setStatus(status(page));
        if (page.view() == SurveyPage.View.TOO_MANY_REQUESTS) {
            response.setHeader("Retry-After", "600");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", texts.locale().toLanguageTag());
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src " + html.styleSource()
                + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        response.getWriter().print(html.render(page, texts, token));
    }

    /** 200 for the form and the thanks, 400 for a form with an input error, else what the link's state says. */
    static int status(SurveyPage page) {
        return switch (page.view()) {
            case FORM -> page.error().isPresent() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK;
            case THANKS -> HttpServletResponse.SC_OK;
            case ALREADY_ANSWERED -> HttpServletResponse.SC_CONFLICT;
            case EXPIRED -> HttpServletResponse.SC_GONE;
            case INVALID -> HttpServletResponse.SC_NOT_FOUND;
            case TOO_MANY_REQUESTS -> 429;
        };
    }
}
