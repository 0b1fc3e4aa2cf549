package io.successdesk.app.voc;

import java.util.List;

/**
  * Port: the JSM organizations (ids) a request belongs to, for account resolution (docs/product.md §2). Empty when JSM
  * is
 * absent or the issue is no JSM request. No adapter yet: the JSM API for a request's organizations is UNVERIFIED.
 */
public interface JsmOrganizations {

    List<Long> organizationIdsOf(long issueId);
}
