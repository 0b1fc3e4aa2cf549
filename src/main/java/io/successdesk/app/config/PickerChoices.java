package io.successdesk.app.config;

import java.util.List;

/** Port: what the admin page's pickers offer: Jira's projects and groups (read from Jira, never stored). */
public interface PickerChoices {

    /** Jira's projects, by key. */
    List<ProjectChoice> projects();

    /** The names of Jira's groups, sorted. */
    List<String> groups();

    /** A Jira project: its key and name. */
    record ProjectChoice(String key, String name) {
    }
}
