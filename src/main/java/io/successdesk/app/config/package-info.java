/** The admin configuration: support, survey and CTA projects, and the service that reads and changes it. */
@NullMarked
package io.successdesk.app.config;

import org.jspecify.annotations.NullMarked;
