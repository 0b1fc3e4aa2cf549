/*
 * Compile-only shim; never packaged (Jira provides the real class). Checked against:
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
 * (public final class ModelVersion implements Comparable<ModelVersion>; private int constructor; static
 * valueOf(String) where null means version 0; isOlderThan, isNewerThan, isSame, compareTo, toString). The bodies below
 * only make the shim usable in unit tests; the host's class is the one that runs. Re-checked 2026-12-03 on Jira 11:
 * Atlassian's Jira Slack app (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built
 * against jira-api 11.0.0 and Platform 8.0.0), ProjectConfigurationUpgradeTask001.java calls the static
 * ModelVersion.valueOf("1"). isOlderThan (which SuccessDesk calls) is UNVERIFIED beyond the 2.0.1 source;
 * equals/hashCode are not declared on the checked page (do not rely on them: compare with isSame). Status table:
 * docs/shim-evidence.md.
 */
package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return s == null ? new ModelVersion(0) : new ModelVersion(Integer.parseInt(s));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
