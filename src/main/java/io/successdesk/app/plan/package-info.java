/** Success-plan use cases (plans, objectives, tasks, playbook templates) and the {@link io.successdesk.app.plan.PlanStore} port. */
@NonNullByDefault
package io.successdesk.app.plan;

import io.successdesk.domain.NonNullByDefault;
