package io.successdesk.app.survey;

/** Test fake of the {@link SurveySettingsStore} port. */
public final class InMemorySurveySettingsStore implements SurveySettingsStore {

    private SurveySettings current = SurveySettings.defaults();

    @Override
    public synchronized SurveySettings load() {
        return current;
    }

    @Override
    public synchronized void save(SurveySettings settings) {
        current = settings;
    }
}
