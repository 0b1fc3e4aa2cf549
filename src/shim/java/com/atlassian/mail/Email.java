/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against
 * https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html and
 * https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html (a class; Email(String
 * to); setSubject/setBody/setMimeType return Email), used the same way by public plugins built against Jira 10 (new
 * Email(address); setSubject; setBody; setMimeType; mailQueue.addItem(new SingleMailQueueItem(email))). Re-checked
 * 2026-12-03: not found on the atlassian-mail version Jira 11 ships (Platform 8): UNVERIFIED there. Status table:
 * docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.mail;

public class Email {
    public Email(String to) {
        throw new UnsupportedOperationException("shim");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("shim");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("shim");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("shim");
    }
}
