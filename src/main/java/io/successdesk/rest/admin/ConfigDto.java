package io.successdesk.rest.admin;

import java.util.List;

/** The admin configuration on the wire: support project keys and the permission groups, each sorted. */
public record ConfigDto(List<String> supportProjectKeys, List<String> csmGroups, List<String> viewerGroups,
                        List<String> financialViewerGroups) {
}
