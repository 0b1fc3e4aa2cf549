/**
 * Success plans: per-account plans with objectives and tasks, their lifecycles as explicit transition
 * tables, progress, overdue detection, and playbook templates that instantiate plans.
 */
@NullMarked
package io.successdesk.domain.plan;

import org.jspecify.annotations.NullMarked;
