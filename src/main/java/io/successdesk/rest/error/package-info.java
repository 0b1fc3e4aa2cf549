package io.successdesk.rest.error;

