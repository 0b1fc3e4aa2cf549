package io.successdesk.sandbox;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.LinkedHashSet;
import java.util.Set;

/** Stand-in for Jira's page builder: remembers which web resources the current page asked for. */
final class SandboxPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {

    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        required.get().add(moduleCompleteKey);
        return this;
    }

    /** The resources required since the last call, and forget them. */
    Set<String> drain() {
        Set<String> keys = Set.copyOf(required.get());
        required.remove();
        return keys;
    }
}
