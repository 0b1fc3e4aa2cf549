package io.successdesk.rest.plan;

import java.time.LocalDate;
import java.util.List;

/** The plan API's wire records: requests as clients send them (any member may be missing) and answers. */
public final class PlanDtos {

    private PlanDtos() {
    }

    /** A new plan ({@code type}: onboarding, adoption, renewal, risk-recovery, expansion, custom). */
    public record CreatePlanRequest(String title, String type, String owner, LocalDate startDate, LocalDate targetDate) {
    }

    /** A change of an existing plan, which carries the {@code version} of the plan last read. */
    public interface ChangeRequest {
        Long version();
    }

    /** The editable fields of a plan and the {@code version} last read. */
    public record EditPlanRequest(Long version, String title, String owner, LocalDate startDate, LocalDate targetDate)
            implements ChangeRequest {
    }

    /** Moves a plan ({@code draft, active, completed, cancelled}) or an objective ({@code not-started, …}). */
    public record TransitionRequest(Long version, String status) implements ChangeRequest {
    }

    /** A change that needs nothing but the version last read (complete or reopen a task). */
    public record VersionRequest(Long version) implements ChangeRequest {
    }

    public record AddObjectiveRequest(Long version, String title, String successCriteria, LocalDate dueDate,
                                      String owner) implements ChangeRequest {
    }

    public record AddTaskRequest(Long version, String title, LocalDate dueDate, String linkedIssueKey,
                                 Integer objectiveId) implements ChangeRequest {
    }

    /** A plan from a playbook template; {@code startDate} defaults to today, {@code activate} to false. */
    public record FromTemplateRequest(String templateId, String owner, LocalDate startDate, Boolean activate) {
    }

    /** {@code transitions}: the statuses it may move to from where it is (none once final). */
    public record ObjectiveDto(int id, String title, String successCriteria, String status, LocalDate dueDate,
                               String owner, List<String> transitions) {
    }

    public record TaskDto(int id, String title, LocalDate dueDate, boolean done, String linkedIssueKey,
                          Integer objectiveId) {
    }

    /** {@code transitions}: the statuses the plan may move to from where it is, so a client offers only those. */
    public record PlanDto(String id, String accountKey, String title, String type, String status, String owner,
                          LocalDate startDate, LocalDate targetDate, List<ObjectiveDto> objectives,
                          List<TaskDto> tasks, long version, List<String> transitions) {
    }

    public record PlanPageDto(List<PlanDto> items, int offset, int limit, long total) {
    }

    public record ObjectiveStepDto(String title, String successCriteria, Integer dueOffsetDays) {
    }

    /** {@code objectiveIndex} is the 0-based index of the template objective the task belongs to, if any. */
    public record TaskStepDto(String title, Integer dueOffsetDays, Integer objectiveIndex) {
    }

    /** A playbook template as sent (no {@code id}; the path names it on update) and as answered. */
    public record TemplateDto(String id, String name, String type, Integer durationDays,
                              List<ObjectiveStepDto> objectives, List<TaskStepDto> tasks, Long version) {
    }

    public record TemplateListDto(List<TemplateDto> items) {
    }
}
