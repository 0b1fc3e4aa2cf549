/** Success plans, objectives, tasks and playbook templates over REST (docs/product.md §6). */
@NonNullByDefault
package io.successdesk.rest.plan;

import io.successdesk.domain.NonNullByDefault;
