/** Success-plan use cases (plans, objectives, tasks, playbook templates) and the {@link io.successdesk.app.plan.PlanStore} port. */
@NullMarked
package io.successdesk.app.plan;

import org.jspecify.annotations.NullMarked;
