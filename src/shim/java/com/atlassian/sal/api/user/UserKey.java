/*
 * Compile-only shim. Checked against: sal-api javadoc, com.atlassian.sal.api.user.UserKey
 * (final class, Serializable, UserKey(String), getStringValue()). Never packaged.
 */
package com.atlassian.sal.api.user;

import java.io.Serializable;

public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }
}
