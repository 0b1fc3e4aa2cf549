package io.successdesk.jira.user;

