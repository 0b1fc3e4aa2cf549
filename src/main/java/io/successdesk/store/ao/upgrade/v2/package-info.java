/** Frozen entity copies at model version 2, for upgrade tasks only (never registered as {@code <entity>}). */
package io.successdesk.store.ao.upgrade.v2;
