/*
 * Compile-only shim: method annotation com.atlassian.event.api.EventListener (runtime retention) — the decompiled
 * source and public plugin use (code search). Never packaged.
 */
package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
