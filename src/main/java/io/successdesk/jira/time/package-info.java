package io.successdesk.jira.time;

