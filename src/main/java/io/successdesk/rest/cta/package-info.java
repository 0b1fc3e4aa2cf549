/** Calls to action over HTTP: list per account, snooze, close. */
package io.successdesk.rest.cta;

