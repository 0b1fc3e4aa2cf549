package io.successdesk.rest.security;

