/*
 * Compile-only shim: only the member SuccessDesk calls. void addItem(MailQueueItem), an interface: public plugins
 * built against Jira 10 inject it with @ComponentImport MailQueue and call mailQueue.addItem(new SingleMailQueueItem(..)).
 * The void return type: UNVERIFIED on a javadoc page. Never packaged.
 */
package com.atlassian.mail.queue;

public interface MailQueue {
    void addItem(MailQueueItem item);
}
