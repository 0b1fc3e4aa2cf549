package io.successdesk.sandbox;

import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import java.io.Writer;
import java.util.Map;

/** Stand-in for Jira's template renderer: the same Velocity engine as the panels, with {@code $i18n} as Jira adds it. */
final class SandboxTemplateRenderer implements TemplateRenderer {

    /** What Jira's I18nResolver offers templates: {@code $i18n.getText(key)}. */
    public static final class I18n {
        private final HostPage hostPage;

        I18n(HostPage hostPage) {
            this.hostPage = hostPage;
        }

        public String getText(String key) {
            return hostPage.text(key);
        }
    }

    private final VelocityEngine velocity;
    private final I18n i18n;

    SandboxTemplateRenderer(VelocityEngine velocity, HostPage hostPage) {
        this.velocity = velocity;
        this.i18n = new I18n(hostPage);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        VelocityContext velocityContext = new VelocityContext(new java.util.HashMap<>(context));
        velocityContext.put("i18n", i18n);
        velocity.getTemplate(templateName, "UTF-8").merge(velocityContext, writer);
    }
}
