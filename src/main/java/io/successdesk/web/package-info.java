/** Plain servlets (HTTP translation only; the logic lives in the app layer). */
package io.successdesk.web;

