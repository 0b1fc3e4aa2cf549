/** Dashboard data computed on the server: CSAT and NPS, retention and cohorts, at-risk accounts and renewals. */
package io.successdesk.rest.metrics;

