/*
 * Compile-only shim: the exception TemplateRenderer.render declares (template renderer 1.5.2 javadoc, see
 * TemplateRenderer). Its superclass is not shown there: RuntimeException here is UNVERIFIED. Never packaged.
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        super(message);
    }
}
