/** Active Objects stores: one per aggregate, each implementing an app port; entities are mapped inside transactions. */
@NonNullByDefault
package io.successdesk.store;

import io.successdesk.domain.NonNullByDefault;
