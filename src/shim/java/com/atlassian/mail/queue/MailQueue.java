/*
 * Compile-only shim: only the member SuccessDesk calls. Never packaged. Re-checked 2026-12-02 and 2026-12-03: "public
 * interface MailQueue" with "void addItem(MailQueueItem item)" in the atlassian-mail source,
 * https://docs.atlassian.com/atlassian-mail/1.24/xref/com/atlassian/mail/queue/MailQueue.html (and the 1.3.23 javadoc,
 * https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueue.html). The atlassian-mail
 * version of Platform 8 (Jira 11) has no public page and no Jira 10/11 app using it was found: UNVERIFIED there.
 * Status table: docs/shim-evidence.md.
 */
package com.atlassian.mail.queue;

public interface MailQueue {
    void addItem(MailQueueItem item);
}
