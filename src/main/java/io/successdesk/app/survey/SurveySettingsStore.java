package io.successdesk.app.survey;

/** Port: the {@link SurveySettings}, cluster-wide ({@link SurveySettings#defaults()} until an admin saves some). */
public interface SurveySettingsStore {

    SurveySettings load();

    void save(SurveySettings settings);
}
