/*
 * Compile-only shim: only the members SuccessDesk calls (the UserKey variants; the String-username ones are
 * deprecated since SAL 2.10). Checked against: sal-api UserManager method list as implemented by
 * https://docs.atlassian.com/atlassian-bamboo/9.0.1/com/atlassian/sal/bamboo/user/BambooSalUserManager.html
 * (UserKey getRemoteUserKey(), boolean isAdmin(UserKey), boolean isUserInGroup(UserKey, String),
 * UserProfile getUserProfile(UserKey), null for an unknown key). Never packaged.
 */
package com.atlassian.sal.api.user;

public interface UserManager {
    UserKey getRemoteUserKey();

    boolean isAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    UserProfile getUserProfile(UserKey userKey);
}
