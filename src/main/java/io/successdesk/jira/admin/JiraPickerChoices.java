package io.successdesk.jira.admin;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.config.PickerChoices;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/** {@link PickerChoices} from Jira's project and group managers. */
@Named
public class JiraPickerChoices implements PickerChoices {

    private final ProjectManager projectManager;
    private final GroupManager groupManager;

    @Inject
    public JiraPickerChoices(@ComponentImport ProjectManager projectManager, @ComponentImport GroupManager groupManager) {
        this.projectManager = projectManager;
        this.groupManager = groupManager;
    }

    @Override
    public List<ProjectChoice> projects() {
        return projectManager.getProjectObjects().stream().sorted(Comparator.comparing(Project::getKey))
                .map(project -> new ProjectChoice(project.getKey(), project.getName())).toList();
    }

    @Override
    public List<String> groups() {
        return groupManager.getAllGroups().stream().map(Group::getName).sorted().toList();
    }
}
