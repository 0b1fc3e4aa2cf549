package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.domain.plan.PlanType;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.domain.plan.PlaybookTemplate;
import io.successdesk.domain.plan.PlaybookTemplate.ObjectiveStep;
import io.successdesk.domain.plan.PlaybookTemplate.TaskStep;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.StaleVersionException;
import io.successdesk.store.ao.PlaybookEntity;
import io.successdesk.store.ao.PlaybookStepEntity;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The playbook-template half of {@link AoPlanStore}: a template row plus one row per step. */
final class AoPlaybookTemplates {

    private static final Comparator<PlaybookTemplate> BY_NAME_THEN_ID = Comparator
            .comparing((PlaybookTemplate template) -> template.name().toLowerCase(Locale.ROOT))
            .thenComparing(template -> template.id().toString());
    private static final String TEMPLATE_COLUMNS = String.join(", ", "ID", PlaybookEntity.PLAYBOOK_ID,
            PlaybookEntity.NAME, PlaybookEntity.PLAN_TYPE, PlaybookEntity.DURATION_DAYS, PlaybookEntity.LOCK_VERSION);
    private static final String STEP_COLUMNS = String.join(", ", "ID", PlaybookStepEntity.PLAYBOOK_ID,
            PlaybookStepEntity.STEP_KIND, PlaybookStepEntity.STEP_ORDER, PlaybookStepEntity.TITLE,
            PlaybookStepEntity.CRITERIA, PlaybookStepEntity.DUE_OFFSET, PlaybookStepEntity.OBJECTIVE_INDEX);

    private final ActiveObjects ao;

    AoPlaybookTemplates(ActiveObjects ao) {
        this.ao = ao;
    }

    Optional<PlaybookTemplate> get(PlaybookId id) {
        return ao.executeInTransaction(() -> {
            PlaybookEntity[] rows = ao.find(PlaybookEntity.class,
                    Query.select().where(PlaybookEntity.PLAYBOOK_ID + " = ?", id.toString()).limit(1));
            if (rows.length == 0) {
                return Optional.<PlaybookTemplate>empty();
            }
            Steps steps = new Steps();
            ao.stream(PlaybookStepEntity.class, Query.select(STEP_COLUMNS)
                    .where(PlaybookStepEntity.PLAYBOOK_ID + " = ?", id.toString())
                    .order(PlaybookStepEntity.STEP_ORDER), steps::add);
            return Optional.of(toTemplate(rows[0], steps));
        });
    }

    /** Templates are an admin-curated handful, so all of them are read (streamed) and sorted here. */
    List<PlaybookTemplate> all() {
        return ao.executeInTransaction(() -> {
            Map<String, Steps> stepsByTemplate = new HashMap<>();
            ao.stream(PlaybookStepEntity.class, Query.select(STEP_COLUMNS).order(PlaybookStepEntity.STEP_ORDER),
                    row -> stepsByTemplate.computeIfAbsent(row.getPlaybookId(), id -> new Steps()).add(row));
            List<PlaybookTemplate> templates = new ArrayList<>();
            ao.stream(PlaybookEntity.class, Query.select(TEMPLATE_COLUMNS), row -> templates.add(toTemplate(
                    row, stepsByTemplate.getOrDefault(row.getPlaybookId(), new Steps()))));
            templates.sort(BY_NAME_THEN_ID);
            return List.copyOf(templates);
        });
    }

    void save(PlaybookTemplate template) {
        String id = template.id().toString();
        ao.executeInTransaction(() -> {
            deleteRows(id);
            Map<String, Object> row = new HashMap<>();
            row.put(PlaybookEntity.PLAYBOOK_ID, id);
            row.put(PlaybookEntity.NAME, template.name());
            row.put(PlaybookEntity.PLAN_TYPE, template.type().name());
            row.put(PlaybookEntity.DURATION_DAYS, template.durationDays());
            row.put(PlaybookEntity.LOCK_VERSION, template.version());
            ao.create(PlaybookEntity.class, row);
            insertSteps(id, template);
            return null;
        });
    }

    /** Moves the template row from {@code expectedVersion} to {@code next}'s version, then rewrites it and its steps. */
    void replace(PlaybookTemplate next, long expectedVersion) {
        if (next.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("a replacement of version " + expectedVersion + " must be version "
                    + (expectedVersion + 1) + ", got " + next.version());
        }
        String id = next.id().toString();
        ao.executeInTransaction(() -> {
            PlaybookEntity[] rows = ao.find(PlaybookEntity.class,
                    Query.select().where(PlaybookEntity.PLAYBOOK_ID + " = ?", id).limit(1));
            if (rows.length == 0) {
                throw new NotFoundException("playbook " + id);
            }
            PlaybookEntity row = rows[0];
            switch (VersionGuard.advance(row, PlaybookEntity.LOCK_VERSION, expectedVersion, next.version())) {
                case ADVANCED -> {
                    row.setName(next.name());
                    row.setPlanType(next.type().name());
                    row.setDurationDays(next.durationDays());
                    row.save();
                    ao.deleteWithSQL(PlaybookStepEntity.class, PlaybookStepEntity.PLAYBOOK_ID + " = ?", id);
                    insertSteps(id, next);
                }
                case STALE -> throw new StaleVersionException("playbook " + id, expectedVersion, row.getLockVersion());
                case LOST_RACE -> throw new StaleVersionException("playbook " + id, expectedVersion, expectedVersion + 1);
            }
            return null;
        });
    }

    private void insertSteps(String id, PlaybookTemplate template) {
        List<ObjectiveStep> objectives = template.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            ObjectiveStep step = objectives.get(i);
            Map<String, Object> stepRow = stepRow(id, PlaybookStepEntity.Kind.OBJECTIVE, i, step.title(), step.dueOffsetDays());
            String criteria = StoredValues.blankToNull(step.successCriteria());
            if (criteria != null) {
                stepRow.put(PlaybookStepEntity.CRITERIA, criteria);
            }
            ao.create(PlaybookStepEntity.class, stepRow);
        }
        List<TaskStep> tasks = template.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            TaskStep step = tasks.get(i);
            Map<String, Object> stepRow = stepRow(id, PlaybookStepEntity.Kind.TASK, i, step.title(), step.dueOffsetDays());
            if (step.objectiveIndex().isPresent()) {
                stepRow.put(PlaybookStepEntity.OBJECTIVE_INDEX, step.objectiveIndex().getAsInt());
            }
            ao.create(PlaybookStepEntity.class, stepRow);
        }
    }

    boolean delete(PlaybookId id) {
        return ao.executeInTransaction(() -> deleteRows(id.toString()) > 0);
    }

    private int deleteRows(String id) {
        ao.deleteWithSQL(PlaybookStepEntity.class, PlaybookStepEntity.PLAYBOOK_ID + " = ?", id);
        return ao.deleteWithSQL(PlaybookEntity.class, PlaybookEntity.PLAYBOOK_ID + " = ?", id);
    }

    private static Map<String, Object> stepRow(String id, PlaybookStepEntity.Kind kind, int order, String title, int dueOffset) {
        Map<String, Object> row = new HashMap<>();
        row.put(PlaybookStepEntity.PLAYBOOK_ID, id);
        row.put(PlaybookStepEntity.STEP_KIND, kind);
        row.put(PlaybookStepEntity.STEP_ORDER, order);
        row.put(PlaybookStepEntity.TITLE, title);
        row.put(PlaybookStepEntity.DUE_OFFSET, dueOffset);
        return row;
    }

    private static PlaybookTemplate toTemplate(PlaybookEntity row, Steps steps) {
        return new PlaybookTemplate(PlaybookId.parse(row.getPlaybookId()), row.getName(), PlanType.valueOf(row.getPlanType()),
                row.getDurationDays(), steps.objectives, steps.tasks, row.getLockVersion());
    }

    /** One template's steps, collected in step order. */
    private static final class Steps {
        private final List<ObjectiveStep> objectives = new ArrayList<>();
        private final List<TaskStep> tasks = new ArrayList<>();

        void add(PlaybookStepEntity row) {
            if (row.getStepKind() == PlaybookStepEntity.Kind.OBJECTIVE) {
                objectives.add(new ObjectiveStep(row.getTitle(), StoredValues.nullToEmpty(row.getCriteria()), row.getDueOffset()));
            } else {
                tasks.add(new TaskStep(row.getTitle(), row.getDueOffset(), row.getObjectiveIndex() == null
                        ? OptionalInt.empty() : OptionalInt.of(row.getObjectiveIndex())));
            }
        }
    }
}
