package io.successdesk.app.config;

import java.util.Set;

/**
 * The parts of {@link SuccessDeskSettings} that admins change on their own (each with its own form and endpoint): a
 * write of one part leaves the others as they are in the store, so two admins saving different parts at the same
 * time lose nothing.
 */
public enum SettingsPart {

    /** Support projects and the CSM, viewer and financial-viewer groups ({@code PUT /config}). */
    ACCESS,
    /** The CS project of CTA issues and the survey projects ({@code PUT /config/automation}). */
    AUTOMATION;

    /** {@code base} with this part taken from {@code source}. */
    SuccessDeskSettings copy(SuccessDeskSettings source, SuccessDeskSettings base) {
        return switch (this) {
            case ACCESS -> new SuccessDeskSettings(source.supportProjectKeys(), source.csmGroups(), source.viewerGroups(),
                    source.financialViewerGroups(), base.ctaProject(), base.surveyProjectKeys());
            case AUTOMATION -> base.withCtaProject(source.ctaProject()).withSurveyProjects(source.surveyProjectKeys());
        };
    }

    /** {@code base} with the given parts taken from {@code source}. */
    static SuccessDeskSettings merge(SuccessDeskSettings source, SuccessDeskSettings base, Set<SettingsPart> parts) {
        SuccessDeskSettings merged = base;
        for (SettingsPart part : parts) {
            merged = part.copy(source, merged);
        }
        return merged;
    }
}
