/*
 * Compile-only shim: only the member SuccessDesk calls. Never packaged. SMTPMailServer getDefaultSMTPMailServer() on
 * the MailServerManager interface (null when no outgoing server is configured), as public plugins call it through
 * @ComponentImport MailServerManager (code search). Re-checked 2026-12-02: the atlassian-mail index lists
 * AbstractMailServerManager (https://docs.atlassian.com/atlassian-mail/1.3.23/index-files/index-1.html); no page of
 * the Platform 8 (Jira 11) atlassian-mail was found: UNVERIFIED on 11.3.
 */
package com.atlassian.mail.server;

public interface MailServerManager {
    SMTPMailServer getDefaultSMTPMailServer();
}
