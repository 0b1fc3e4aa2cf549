package io.successdesk.rest.plan;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.plan.PlanId;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.domain.plan.PlanType;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.domain.plan.PlaybookTemplate;
import io.successdesk.domain.plan.SuccessPlan;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.plan.PlanDtos.ObjectiveDto;
import io.successdesk.rest.plan.PlanDtos.ObjectiveStepDto;
import io.successdesk.rest.plan.PlanDtos.PlanDto;
import io.successdesk.rest.plan.PlanDtos.TaskDto;
import io.successdesk.rest.plan.PlanDtos.TaskStepDto;
import io.successdesk.rest.plan.PlanDtos.TemplateDto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** Maps plans and playbook templates between the wire and the domain. */
final class PlanJson {

    private PlanJson() {
    }

    static PlanDto toDto(SuccessPlan plan) {
        return new PlanDto(plan.id().toString(), plan.account().value(), plan.title(), WireNames.of(plan.type()),
                WireNames.of(plan.status()), plan.owner(), plan.startDate(), plan.targetDate(),
                plan.objectives().stream().map(o -> new ObjectiveDto(o.id(), o.title(), o.successCriteria(),
                        WireNames.of(o.status()), o.dueDate(), o.owner(),
                        transitions(ObjectiveStatus.LIFECYCLE.next(o.status())))).toList(),
                plan.tasks().stream().map(t -> new TaskDto(t.id(), t.title(), t.dueDate(), t.done(),
                        t.linkedIssueKey().orElse(null), t.objectiveId().isPresent() ? t.objectiveId().getAsInt() : null))
                        .toList(), plan.version(), transitions(PlanStatus.LIFECYCLE.next(plan.status())));
    }

    /** Statuses in their declared order, as wire names. */
    private static <S extends Enum<S>> List<String> transitions(Set<S> next) {
        return next.stream().sorted().map(WireNames::of).toList();
    }

    static TemplateDto toDto(PlaybookTemplate template) {
        return new TemplateDto(template.id().toString(), template.name(), WireNames.of(template.type()),
                template.durationDays(),
                template.objectives().stream().map(o -> new ObjectiveStepDto(o.title(), o.successCriteria(),
                        o.dueOffsetDays())).toList(),
                template.tasks().stream().map(t -> new TaskStepDto(t.title(), t.dueOffsetDays(),
                        t.objectiveIndex().isPresent() ? t.objectiveIndex().getAsInt() : null)).toList(),
                template.version());
    }

    /** @throws InvalidInputException naming missing or invalid members ({@code objectives[1].title}, …) */
    static PlaybookTemplate toTemplate(PlaybookId id, TemplateDto dto, long version) {
        Map<String, String> errors = new TreeMap<>();
        if (dto.id() != null && !dto.id().equals(id.toString())) {
            errors.put("id", "must not be sent, or must be the template's id");
        }
        text(errors, "name", dto.name());
        if (dto.type() == null) {
            errors.put("type", "is required");
        }
        PlanType type = WireNames.parse("type", dto.type(), PlanType.class);
        int duration = whole(errors, "durationDays", dto.durationDays());
        List<PlaybookTemplate.ObjectiveStep> objectives = new ArrayList<>();
        List<ObjectiveStepDto> objectiveDtos = dto.objectives() == null ? List.of() : dto.objectives();
        for (int i = 0; i < objectiveDtos.size(); i++) {
            ObjectiveStepDto step = objectiveDtos.get(i);
            int offset = offset(errors, "objectives[" + i + "]", step.dueOffsetDays(), duration);
            if (text(errors, "objectives[" + i + "].title", step.title())) {
                objectives.add(new PlaybookTemplate.ObjectiveStep(step.title(),
                        step.successCriteria() == null ? "" : step.successCriteria(), offset));
            }
        }
        List<PlaybookTemplate.TaskStep> tasks = new ArrayList<>();
        List<TaskStepDto> taskDtos = dto.tasks() == null ? List.of() : dto.tasks();
        for (int i = 0; i < taskDtos.size(); i++) {
            TaskStepDto step = taskDtos.get(i);
            int offset = offset(errors, "tasks[" + i + "]", step.dueOffsetDays(), duration);
            Integer index = step.objectiveIndex();
            if (index != null && (index < 0 || index >= objectiveDtos.size())) {
                errors.put("tasks[" + i + "].objectiveIndex", "must be the index of one of the template's objectives");
            }
            if (text(errors, "tasks[" + i + "].title", step.title())) {
                tasks.add(new PlaybookTemplate.TaskStep(step.title(), offset,
                        index == null ? OptionalInt.empty() : OptionalInt.of(index)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PlaybookTemplate(id, dto.name(), type, duration, objectives, tasks, version);
    }

    static PlanId planId(String id) {
        try {
            return PlanId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("plan " + id);
        }
    }

    static PlaybookId templateId(String id) {
        try {
            return PlaybookId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("plan template " + id);
        }
    }

    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required: send the version you last read");
        }
        return version;
    }

    private static boolean text(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "is required");
            return false;
        }
        if (value.length() > PlaybookTemplate.MAX_NAME_LENGTH) {
            errors.put(field, "must be at most " + PlaybookTemplate.MAX_NAME_LENGTH + " characters");
            return false;
        }
        return true;
    }

    private static int whole(Map<String, String> errors, String field, Integer value) {
        if (value == null || value < 0 || value > 3660) {
            errors.put(field, value == null ? "is required" : "must be 0–3660 days");
            return 0;
        }
        return value;
    }

    private static int offset(Map<String, String> errors, String prefix, Integer value, int duration) {
        int offset = whole(errors, prefix + ".dueOffsetDays", value);
        if (offset > duration) {
            errors.put(prefix + ".dueOffsetDays", "must not be after durationDays");
        }
        return offset;
    }
}
