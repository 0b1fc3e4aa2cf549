/** Plain servlets (HTTP translation only; the logic lives in the app layer). */
@NonNullByDefault
package io.successdesk.web;

import io.successdesk.domain.NonNullByDefault;
