/** The admin configuration: support, survey and CTA projects, and the service that reads and changes it. */
@NonNullByDefault
package io.successdesk.app.config;

import io.successdesk.domain.NonNullByDefault;
