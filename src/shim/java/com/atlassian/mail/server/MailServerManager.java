/*
 * Compile-only shim: only the member SuccessDesk calls. Never packaged. SMTPMailServer getDefaultSMTPMailServer() on
 * the MailServerManager interface (null when no outgoing server is configured), as public plugins call it through
 * @ComponentImport MailServerManager (code search). Re-checked 2026-12-02 and 2026-12-03: the newest page showing it
 * is Confluence 8.5.2's ConfluenceMailServerManager ("All Implemented Interfaces:
 * com.atlassian.mail.server.MailServerManager", com.atlassian.mail.server.SMTPMailServer getDefaultSMTPMailServer():
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.2/com/atlassian/confluence/mail/ConfluenceMailServerManager.html,
 * Platform 6); also https://docs.atlassian.com/atlassian-mail/1.3.23/index-files/index-1.html. No page of the Platform
 * 8 (Jira 11) atlassian-mail and no Jira 10/11 app using it was found: UNVERIFIED on 11.3. Status table:
 * docs/shim-evidence.md.
 */
package com.atlassian.mail.server;

public interface MailServerManager {
    SMTPMailServer getDefaultSMTPMailServer();
}
