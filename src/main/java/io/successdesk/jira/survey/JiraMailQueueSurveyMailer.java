package io.successdesk.jira.survey;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.survey.SurveyMailer;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Queues the survey email on Jira's mail queue, sent by Jira's default outgoing (SMTP) server. */
@Named
public class JiraMailQueueSurveyMailer implements SurveyMailer {

    private final MailQueue mailQueue;
    private final MailServerManager mailServers;

    @Inject
    public JiraMailQueueSurveyMailer(@ComponentImport MailQueue mailQueue, @ComponentImport MailServerManager mailServers) {
        this.mailQueue = mailQueue;
        this.mailServers = mailServers;
    }

    @Override
    public boolean send(String to, String subject, String textBody) {
        if (mailServers.getDefaultSMTPMailServer() == null) {
            return false;
        }
        Email email = new Email(to).setSubject(subject).setBody(textBody).setMimeType("text/plain");
        mailQueue.addItem(new SingleMailQueueItem(email));
        return true;
    }
}
