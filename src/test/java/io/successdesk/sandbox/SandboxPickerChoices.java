package io.successdesk.sandbox;

import io.successdesk.app.config.PickerChoices;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The sandbox's projects and the groups its users belong to, as Jira's managers would list them. */
final class SandboxPickerChoices implements PickerChoices {

    private final SandboxIssues issues;
    private final SandboxUsers users;

    SandboxPickerChoices(SandboxIssues issues, SandboxUsers users) {
        this.issues = issues;
        this.users = users;
    }

    @Override
    public List<ProjectChoice> projects() {
        return issues.projects().stream().sorted(Comparator.comparing(SandboxIssues.SandboxProject::getKey))
                .map(project -> new ProjectChoice(project.getKey(), project.getName())).toList();
    }

    @Override
    public List<String> groups() {
        Set<String> groups = new TreeSet<>();
        users.all().values().forEach(user -> groups.addAll(user.groups()));
        return List.copyOf(groups);
    }
}
