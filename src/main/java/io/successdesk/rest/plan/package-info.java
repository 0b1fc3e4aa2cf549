/** Success plans, objectives, tasks and playbook templates over REST (docs/product.md §6). */
package io.successdesk.rest.plan;

