package io.successdesk.app.issue;

import java.util.Set;

/**
  * Port: the JSM organizations of a request (docs/product.md §2 rule 2). Implemented over JSM when it is installed;
  * without
 * JSM every issue has none.
 */
public interface OrganizationSource {

    Set<Long> organizationIdsOf(long issueId);
}
