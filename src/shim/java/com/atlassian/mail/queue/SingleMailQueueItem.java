/*
 * Compile-only shim: the constructor SuccessDesk calls. SingleMailQueueItem(Email), a class extending
 * AbstractMailQueueItem (which implements MailQueueItem), per the atlassian-mail source and
 * https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html
 * ("Constructors in com.atlassian.mail.queue with parameters of type Email"). Never packaged.
 */
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

public class SingleMailQueueItem implements MailQueueItem {
    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("shim");
    }
}
