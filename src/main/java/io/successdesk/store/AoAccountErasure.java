package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.account.AccountErasure;
import io.successdesk.app.health.HealthHistory;
import io.successdesk.app.ticket.ReconcileSet;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.ArrMonth;
import io.successdesk.store.ao.ActiveCtaClaim;
import io.successdesk.store.ao.CallToAction;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatResp;
import io.successdesk.store.ao.HealthOverride;
import io.successdesk.store.ao.ManualInput;
import io.successdesk.store.ao.ManualLink;
import io.successdesk.store.ao.NpsResp;
import io.successdesk.store.ao.ObjectiveEntity;
import io.successdesk.store.ao.PanelSummaryRow;
import io.successdesk.store.ao.PlanEntity;
import io.successdesk.store.ao.PlanTaskEntity;
import io.successdesk.store.ao.SurveyInvite;
import io.successdesk.store.ao.TicketLedgerEntry;
import io.successdesk.store.ao.TouchpointEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Deletes every row stored under an account key, table by table, in one transaction. */
@Named
public class AoAccountErasure implements AccountErasure {

    private final ActiveObjects ao;
    private final HealthHistory healthHistory;
    private final ReconcileSet reconcileSet;

    @Inject
    public AoAccountErasure(@ComponentImport ActiveObjects ao, HealthHistory healthHistory, ReconcileSet reconcileSet) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.healthHistory = Objects.requireNonNull(healthHistory, "healthHistory");
        this.reconcileSet = Objects.requireNonNull(reconcileSet, "reconcileSet");
    }

    @Override
    public SortedMap<String, Integer> erase(AccountKey account) {
        Objects.requireNonNull(account, "account");
        String key = account.value();
        return ao.executeInTransaction(() -> {
            SortedSet<Long> rematch = new TreeSet<>();
            ao.stream(TicketLedgerEntry.class, Query.select("ID, " + TicketLedgerEntry.ISSUE_ID)
                    .where(TicketLedgerEntry.ACCOUNT_KEY + " = ?", key), row -> rematch.add(row.getIssueId()));
            ao.stream(ManualLink.class, Query.select("ID, " + ManualLink.ISSUE_ID)
                    .where(ManualLink.ACCOUNT_KEY + " = ?", key), row -> rematch.add(row.getIssueId()));

            SortedMap<String, Integer> erased = new TreeMap<>();
            erased.put("healthSnapshots", healthHistory.erase(account));
            erased.put("plans", erasePlans(key));
            erased.put("tickets", delete(TicketLedgerEntry.class, TicketLedgerEntry.ACCOUNT_KEY, key));
            erased.put("manualLinks", delete(ManualLink.class, ManualLink.ACCOUNT_KEY, key));
            SortedSet<String> arrCurrencies = new TreeSet<>();
            ao.stream(ArrMonth.class, Query.select("ID, " + ArrMonth.CURRENCY)
                    .where(ArrMonth.ACCOUNT_KEY + " = ?", key), row -> arrCurrencies.add(row.getCurrency()));
            erased.put("arrMonths", delete(ArrMonth.class, ArrMonth.ACCOUNT_KEY, key));
            arrCurrencies.forEach(currency -> ArrVersions.raise(ao, currency));
            erased.put("csatAnswers", delete(CsatResp.class, CsatResp.ACCOUNT_KEY, key));
            new CsatRollupRows(ao).subtractAccount(key);
            delete(CsatDaily.class, CsatDaily.ACCOUNT_KEY, key);
            erased.put("npsAnswers", delete(NpsResp.class, NpsResp.ACCOUNT_KEY, key));
            delete(ActiveCtaClaim.class, ActiveCtaClaim.ACCOUNT_KEY, key);
            erased.put("ctas", delete(CallToAction.class, CallToAction.ACCOUNT_KEY, key));
            erased.put("touchpoints", delete(TouchpointEntity.class, TouchpointEntity.ACCOUNT_KEY, key));
            erased.put("manualInputs", delete(ManualInput.class, ManualInput.ACCOUNT_KEY, key));
            erased.put("overrides", delete(HealthOverride.class, HealthOverride.ACCOUNT_KEY, key));
            erased.put("surveyInvites", delete(SurveyInvite.class, SurveyInvite.ACCOUNT_KEY, key));
            delete(PanelSummaryRow.class, PanelSummaryRow.ACCOUNT_KEY, key);
            rematch.forEach(reconcileSet::mark);
            erased.put("issuesToRematch", rematch.size());
            return erased;
        });
    }

    private int erasePlans(String key) {
        PlanEntity[] plans = ao.find(PlanEntity.class, Query.select("ID, " + PlanEntity.PLAN_ID)
                .where(PlanEntity.ACCOUNT_KEY + " = ?", key));
        for (PlanEntity plan : plans) {
            delete(PlanTaskEntity.class, PlanTaskEntity.PLAN_ID, plan.getPlanId());
            delete(ObjectiveEntity.class, ObjectiveEntity.PLAN_ID, plan.getPlanId());
        }
        return delete(PlanEntity.class, PlanEntity.ACCOUNT_KEY, key);
    }

    private int delete(Class<? extends RawEntity<Integer>> table, String column, String value) {
        return ao.deleteWithSQL(table, column + " = ?", value);
    }
}
