/*
 * Compile-only shim. Checked against https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 * ("public interface LifecycleAware"; void onStart(), void onStop(); must be exported with @ExportAsService for
 * scanner plugins). Never packaged.
 */
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {
    void onStart();

    void onStop();
}
