/*
 * Compile-only shim: only the member SuccessDesk calls. SMTPMailServer getDefaultSMTPMailServer() on the
 * MailServerManager interface, as public plugins built against Jira 10 call it through @ComponentImport
 * MailServerManager (null when no outgoing server is configured). Never packaged.
 */
package com.atlassian.mail.server;

public interface MailServerManager {
    SMTPMailServer getDefaultSMTPMailServer();
}
