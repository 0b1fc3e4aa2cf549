/** SuccessDesk for Jira: domain, use cases, stores, Jira adapters, REST and web (docs/architecture.md). */
package io.successdesk;

