package io.successdesk.jira.jsm.present;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import io.successdesk.app.issue.OrganizationSource;
import io.successdesk.app.voc.SatisfactionReader;

/** Factory of the JSM-dependent adapters; returns port types only, so its callers' verification loads nothing here. */
public final class JsmPresentAdapters {

    private JsmPresentAdapters() {
    }

    public static SatisfactionReader satisfactionReader(IssueManager issueManager, CustomFieldManager customFieldManager) {
        return new SatisfactionFieldReader(new JsmFields(issueManager, customFieldManager));
    }

    public static OrganizationSource organizationSource(IssueManager issueManager, CustomFieldManager customFieldManager) {
        return new OrganizationFieldReader(new JsmFields(issueManager, customFieldManager));
    }
}
