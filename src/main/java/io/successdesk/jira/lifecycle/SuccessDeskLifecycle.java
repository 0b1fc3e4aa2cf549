package io.successdesk.jira.lifecycle;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.successdesk.app.refresh.AccountChangeProcessor;
import io.successdesk.app.survey.SurveySecret;
import io.successdesk.jira.event.IssueEventBridge;
import io.successdesk.jira.job.SuccessDeskJobs;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The plugin's start and stop on each node (SAL calls {@link #onStart()} once Jira and the plugin system are up,
 * {@link #onStop()} before the plugin is disabled): the survey signing secret (generated on first start), the
 * account-change worker, the issue event listener and the job runners. Exported as a
 * {@link LifecycleAware} service so SAL finds it; it imports no host service itself (SCANNER-766).
 */
@Named
@ExportAsService(LifecycleAware.class)
public class SuccessDeskLifecycle implements LifecycleAware {

    private final IssueEventBridge events;
    private final SuccessDeskJobs jobs;
    private final SurveySecret survey;
    private final AccountChangeProcessor accountChanges;

    @Inject
    public SuccessDeskLifecycle(IssueEventBridge events, SuccessDeskJobs jobs, SurveySecret survey,
                                AccountChangeProcessor accountChanges) {
        this.events = events;
        this.jobs = jobs;
        this.survey = survey;
        this.accountChanges = accountChanges;
    }

    @Override
    public void onStart() {
        survey.ensureExists();
        accountChanges.start();
        events.register();
        jobs.register();
    }

    @Override
    public void onStop() {
        try {
            events.unregister();
        } finally {
            try {
                jobs.unregister();
            } finally {
                accountChanges.stop();
            }
        }
    }
}
