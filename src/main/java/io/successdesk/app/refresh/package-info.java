/** What a ticket change or the daily job asks of account health: recompute one account, snapshot all. */
@NonNullByDefault
package io.successdesk.app.refresh;

import io.successdesk.domain.NonNullByDefault;
