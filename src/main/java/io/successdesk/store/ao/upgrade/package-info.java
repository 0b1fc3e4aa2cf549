/**
 * Active Objects upgrade tasks. The routine for the next schema change:
 * <ol>
 *   <li>copy every entity the change touches, unchanged, into {@code upgrade.vN} (N = the current model version)
 *       and never edit those copies again; the live entities in {@code store.ao} then take the change;</li>
 *   <li>write an {@code ActiveObjectsUpgradeTask} whose {@code getModelVersion()} is N+1; in {@code upgrade} first
 *       {@code ao.migrate(...)} the vN copies (AO runs tasks before it migrates the live entities), then move the
 *       data in bounded batches (by ascending ID, each batch its own transaction), idempotently, because a failed
 *       task is retried on the next start;</li>
 *   <li>register it as {@code <upgradeTask>} inside the {@code <ao>} element of {@code atlassian-plugin.xml};</li>
 *   <li>test it on every database with {@code ActiveObjectsTestCase}: create vN rows, run the task, migrate the live
 *       entities, read through the store (see {@code LowerCaseDomainsTaskTest}).</li>
 * </ol>
 */
package io.successdesk.store.ao.upgrade;

