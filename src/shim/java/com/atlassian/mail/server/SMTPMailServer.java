/*
 * Compile-only shim: the type only (an interface, atlassian-mail; SMTPMailServerImpl implements it). Never packaged.
 */
package com.atlassian.mail.server;

public interface SMTPMailServer {
}
