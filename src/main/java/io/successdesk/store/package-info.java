/** Active Objects stores: one per aggregate, each implementing an app port; entities are mapped inside transactions. */
package io.successdesk.store;

