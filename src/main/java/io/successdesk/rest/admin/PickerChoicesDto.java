package io.successdesk.rest.admin;

import java.util.List;

/** What the admin page's pickers offer: Jira's projects (key, name) and group names. */
public record PickerChoicesDto(List<Project> projects, List<String> groups, boolean truncated) {

    /** A Jira project. */
    public record Project(String key, String name) {
    }
}
