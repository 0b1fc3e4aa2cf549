/**
 * JSM, optional: the always-on beans here touch no JSM class and ask the plugin system whether JSM is enabled first;
 * what reads JSM data lives in {@code jsm.present} and is only loaded when JSM is.
 */
package io.successdesk.jira.jsm;

