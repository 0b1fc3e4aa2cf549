package io.successdesk.jira.jsm;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.voc.JsmSatisfaction;
import io.successdesk.app.voc.SatisfactionReader;
import io.successdesk.jira.jsm.present.JsmPresentAdapters;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The {@link SatisfactionReader}: empty while JSM is absent; once JSM is enabled, delegates to the reader in
 * {@code jsm.present}, created on first use (so neither it nor anything it references is loaded without JSM).
 */
@Named
public class JsmSatisfactionReader implements SatisfactionReader {

    private final JsmPresence presence;
    private final IssueManager issueManager;
    private final CustomFieldManager customFieldManager;
    private volatile SatisfactionReader delegate;

    @Inject
    public JsmSatisfactionReader(JsmPresence presence, @ComponentImport IssueManager issueManager,
                                 @ComponentImport CustomFieldManager customFieldManager) {
        this.presence = presence;
        this.issueManager = issueManager;
        this.customFieldManager = customFieldManager;
    }

    @Override
    public Optional<JsmSatisfaction> read(long issueId) {
        if (!presence.isPresent()) {
            return Optional.empty();
        }
        SatisfactionReader reader = delegate;
        if (reader == null) {
            reader = JsmPresentAdapters.satisfactionReader(issueManager, customFieldManager);
            delegate = reader;
        }
        return reader.read(issueId);
    }
}
