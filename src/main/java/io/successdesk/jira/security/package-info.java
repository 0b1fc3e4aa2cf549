package io.successdesk.jira.security;

