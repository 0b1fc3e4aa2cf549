/*
 * Compile-only shim. Checked against https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html
 * ("@PublicApi public class EventType"; static Long ISSUE_CREATED_ID … ISSUE_COMMENT_DELETED_ID). The fields are
 * java.lang.Long, so they are read with getstatic at run time (not inlined); values as in the decompiled source.
 * Never packaged.
 */
package com.atlassian.jira.event.type;

public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
}
