/*
 * Compile-only shim: only the member SuccessDesk calls. Checked against the decompiled sal-api LocaleResolver
 * (getLocale(HttpServletRequest), getLocale(), getLocale(@Nullable UserKey), getApplicationLocale(),
 * getSupportedLocales()); Jira's JiraLocaleResolver answers the user's profile language, else Jira's default.
 * Never packaged.
 */
package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

public interface LocaleResolver {
    Locale getLocale(UserKey userKey);
}
