package io.successdesk.bundle;

/** The names of the annotations Spring Scanner reads, as ArchUnit matches them in the built jar. */
final class WiringAnnotations {

    static final String NAMED = "jakarta.inject.Named";
    static final String INJECT = "jakarta.inject.Inject";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    private WiringAnnotations() {
    }
}
