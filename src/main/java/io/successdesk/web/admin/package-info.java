/** The SuccessDesk admin page (Jira administrators, WebSudo). */
package io.successdesk.web.admin;
