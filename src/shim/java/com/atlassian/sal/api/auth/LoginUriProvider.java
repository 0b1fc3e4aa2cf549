/*
 * Compile-only shim: only the member SuccessDesk calls. Checked against the SAL interface as implemented by
 * https://docs.atlassian.com/atlassian-crowd/4.2.0/com/atlassian/sal/crowd/auth/CrowdLoginUriProvider.html
 * ("public URI getLoginUri(URI returnUri) — getLoginUri in interface com.atlassian.sal.api.auth.LoginUriProvider");
 * still implemented by SeraphLoginUriProvider in Bamboo 10.0.2's SAL
 * (https://docs.atlassian.com/atlassian-bamboo/10.0.2/com/atlassian/sal/bamboo/auth/package-tree.html). Never packaged.
 */
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
