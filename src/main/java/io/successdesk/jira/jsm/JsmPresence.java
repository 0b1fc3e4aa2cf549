package io.successdesk.jira.jsm;

import com.atlassian.plugin.PluginAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether Jira Service Management is installed and enabled, asked of the plugin system (no JSM class involved). */
@Named
public class JsmPresence {

    /** JSM's plugin key. UNVERIFIED against a JSM 10/11 descriptor (the long-standing key of the servicedesk plugin). */
    public static final String JSM_PLUGIN_KEY = "com.atlassian.servicedesk";

    private final PluginAccessor pluginAccessor;

    @Inject
    public JsmPresence(@ComponentImport PluginAccessor pluginAccessor) {
        this.pluginAccessor = pluginAccessor;
    }

    public boolean isPresent() {
        return pluginAccessor.isPluginEnabled(JSM_PLUGIN_KEY);
    }
}
