/*
 * Compile-only shim: the type only (SuccessDesk logs it with String.valueOf). An interface per
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/ErrorCollection.html and public mocks
 * (MockAction implements ErrorCollection). Never packaged.
 */
package com.atlassian.jira.util;

public interface ErrorCollection {
}
