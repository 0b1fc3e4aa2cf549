/*
 * Compile-only shim: the constants SuccessDesk reads (enum; ABSOLUTE, RELATIVE, AUTO seen in public implementations'
 * switch statements; CANONICAL UNVERIFIED and unused). Never packaged.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE, RELATIVE, AUTO
}
