/** Touchpoints and the account timeline over REST (docs/product.md §6). */
package io.successdesk.rest.timeline;

