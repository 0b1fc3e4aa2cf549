/** Accounts over REST: list, get, create, update, delete, bulk upsert, import and export. */
package io.successdesk.rest.account;

