package io.successdesk.jira.panel;

