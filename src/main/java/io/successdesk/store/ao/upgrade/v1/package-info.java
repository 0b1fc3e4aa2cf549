/** Frozen entity copies at model version 1, for upgrade tasks only (never registered as {@code <entity>}). */
package io.successdesk.store.ao.upgrade.v1;

