/*
 * Compile-only shim: only the member SuccessDesk calls. Checked against
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 * (void render(String templateName, Map<String,Object> context, Writer writer) throws RenderingException,
 * IOException). Never packaged.
 */
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
