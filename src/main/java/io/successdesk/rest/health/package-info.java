/** Health inputs over REST: CSM sentiment and custom metrics pushed by integrations. */
package io.successdesk.rest.health;

