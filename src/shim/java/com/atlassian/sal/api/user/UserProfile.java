/*
 * Compile-only shim: only the member SuccessDesk calls. Checked against the SAL UserProfile interface as implemented by
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.18.2/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
 * (String getFullName(), "Specified by: getFullName in interface com.atlassian.sal.api.user.UserProfile"). Never packaged.
 */
package com.atlassian.sal.api.user;

public interface UserProfile {
    String getFullName();
}
