/** The REST API at /rest/successdesk/1.0/: thin resources (authorise, call one use case, map). */
package io.successdesk.rest;

