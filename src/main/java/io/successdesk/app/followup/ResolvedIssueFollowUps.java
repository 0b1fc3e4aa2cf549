package io.successdesk.app.followup;

import io.successdesk.app.cta.CtaService;
import io.successdesk.app.issue.IssueSnapshot;
import io.successdesk.app.survey.SurveyRequest;
import io.successdesk.app.survey.SurveyInvitations;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.app.ticket.IssueFollowUps;
import io.successdesk.app.voc.JsmCsatCapture;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
  * Resolution follow-ups (docs/product.md §5, §7): a resolved CTA issue closes its CTA; a resolved support ticket has
  * its JSM
 * satisfaction rating read (idempotent, so backfills may repeat it) and, when SuccessDesk saw it go from open to
 * resolved, its reporter is invited to the survey — never for tickets first met already resolved, so a backfill
 * mails nobody. A failing follow-up is logged and never undoes the ledger update.
 */
@Named
public class ResolvedIssueFollowUps implements IssueFollowUps {

    private static final Logger LOG = Logger.getLogger(ResolvedIssueFollowUps.class.getName());

    private final CtaService ctas;
    private final JsmCsatCapture jsmSatisfaction;
    private final SurveyInvitations survey;

    @Inject
    public ResolvedIssueFollowUps(CtaService ctas, JsmCsatCapture jsmSatisfaction, SurveyInvitations survey) {
        this.ctas = ctas;
        this.jsmSatisfaction = jsmSatisfaction;
        this.survey = survey;
    }

    @Override
    public void issueRead(IssueSnapshot issue) {
        if (issue.resolved().isPresent() || issue.status() == StatusCategory.DONE) {
            guarded("close the CTA of " + issue.issueKey(), () -> ctas.closeForIssue(issue.issueKey()));
        }
    }

    @Override
    public void ticketRecorded(IssueSnapshot issue, Optional<TicketFact> before, TicketFact after) {
        if (after.resolved().isEmpty()) {
            return;
        }
        guarded("read the JSM satisfaction of " + issue.issueKey(), () -> jsmSatisfaction.capture(issue.issueId(),
                after.account(), after.projectKey(), Optional.of(issue.created())));
        boolean seenOpen = before.map(previous -> previous.resolved().isEmpty()).orElse(false);
        if (seenOpen) {
            guarded("invite the reporter of " + issue.issueKey() + " to the survey", () -> survey.inviteOnResolution(
                    new SurveyRequest(issue.issueId(), new SurveyTicket(issue.issueKey(), issue.summary()),
                            after.projectKey(), after.account(), issue.reporterKey(), issue.reporterEmail(),
                            Optional.of(issue.created()))));
        }
    }

    private static void guarded(String what, Runnable followUp) {
        try {
            followUp.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SuccessDesk could not " + what, e);
        }
    }
}
