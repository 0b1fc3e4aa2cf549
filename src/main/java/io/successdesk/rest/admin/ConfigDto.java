package io.successdesk.rest.admin;

import java.util.List;

/**
 * The admin configuration on the wire: support project keys and the permission groups, each sorted. {@code revision}
 * is what the caller read; sent back with a change, a change made meanwhile by someone else answers 409 (null: no
 * check).
 */
public record ConfigDto(List<String> supportProjectKeys, List<String> csmGroups, List<String> viewerGroups,
                        List<String> financialViewerGroups, String revision) {

    ConfigDto withRevision(String value) {
        return new ConfigDto(supportProjectKeys, csmGroups, viewerGroups, financialViewerGroups, value);
    }
}
