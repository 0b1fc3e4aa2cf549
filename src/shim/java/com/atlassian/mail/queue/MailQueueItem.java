/*
 * Compile-only shim: the type only. An interface (atlassian-mail source: MailQueueItem extends Task,
 * Comparable<MailQueueItem>). Never packaged.
 */
package com.atlassian.mail.queue;

public interface MailQueueItem {
}
