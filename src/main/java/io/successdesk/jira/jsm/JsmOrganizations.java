package io.successdesk.jira.jsm;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.issue.OrganizationSource;
import io.successdesk.jira.jsm.present.JsmPresentAdapters;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Set;

/**
 * The {@link OrganizationSource} (docs/product.md §2 rule 2): no organizations while JSM is absent; once JSM is
 * enabled, the request's organizations from the reader in {@code jsm.present}, created on first use.
 */
@Named
public class JsmOrganizations implements OrganizationSource {

    private final JsmPresence presence;
    private final IssueManager issueManager;
    private final CustomFieldManager customFieldManager;
    private volatile OrganizationSource delegate;

    @Inject
    public JsmOrganizations(JsmPresence presence, @ComponentImport IssueManager issueManager,
                            @ComponentImport CustomFieldManager customFieldManager) {
        this.presence = presence;
        this.issueManager = issueManager;
        this.customFieldManager = customFieldManager;
    }

    @Override
    public Set<Long> organizationIdsOf(long issueId) {
        if (!presence.isPresent()) {
            return Set.of();
        }
        OrganizationSource source = delegate;
        if (source == null) {
            source = JsmPresentAdapters.organizationSource(issueManager, customFieldManager);
            delegate = source;
        }
        return source.organizationIdsOf(issueId);
    }
}
