package io.successdesk.rest.json;

