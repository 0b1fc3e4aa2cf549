/** The accounts list and account pages: server-checked shells filled by the app's JavaScript from REST. */
package io.successdesk.web.account;
