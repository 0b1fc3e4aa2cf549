/** Revenue over REST: ARR history ingestion (financial editors only). */
package io.successdesk.rest.revenue;

