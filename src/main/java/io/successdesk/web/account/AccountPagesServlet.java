package io.successdesk.web.account;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * {@code /plugins/servlet/successdesk/accounts} (the accounts list) and {@code .../accounts/KEY} (one account), in
 * Jira's {@code atl.general} decorator (docs/product.md §9). The server decides who gets a page: anonymous callers go
 * to Jira's login and come back; callers who may not view accounts, and accounts that do not exist, get the same 404
 * (keys cannot be probed). The page is a shell; {@code account-pages.js} fills it from REST, which checks again.
 */
public class AccountPagesServlet extends HttpServlet {

    static final String RESOURCES = "io.successdesk.successdesk-jira:account-pages-resources";

    private final transient AccessPolicy accessPolicy;
    private final transient AccountService accounts;
    private final transient PageBuilderService pageBuilder;
    private final transient LoginUriProvider loginUris;

    @Inject
    public AccountPagesServlet(AccessPolicy accessPolicy, AccountService accounts,
                               @ComponentImport PageBuilderService pageBuilder,
                               @ComponentImport LoginUriProvider loginUris) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.pageBuilder = pageBuilder;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = accessPolicy.currentCaller();
        if (caller.isAnonymous()) {
            response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        Optional<String> key = accountKey(request.getPathInfo());
        boolean visible = caller.can(Capability.VIEW_ACCOUNTS)
                && key.map(k -> AccountKey.isValid(k) && accounts.get(AccountKey.of(k)).isPresent()).orElse(true);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (!visible) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        response.getWriter().write(AccountPagesShell.html(visible ? key : Optional.empty(), !visible));
    }

    /** The account key of {@code /KEY}; empty for the list ({@code null} or {@code /}). */
    static Optional<String> accountKey(String pathInfo) {
        if (pathInfo == null || pathInfo.equals("/")) {
            return Optional.empty();
        }
        String key = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        return Optional.of(key.endsWith("/") ? key.substring(0, key.length() - 1) : key);
    }

    private static URI returnUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
