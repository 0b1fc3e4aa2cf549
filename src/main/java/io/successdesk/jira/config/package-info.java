package io.successdesk.jira.config;

