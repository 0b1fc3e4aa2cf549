package io.successdesk.jira.jsm.present;

import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import io.successdesk.app.issue.OrganizationSource;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organizations of a JSM request: the value of JSM's Organizations field, whose elements are JSM's public
 * {@link CustomerOrganization} (@PublicApi in JSM 10.x). JSM publishes no service method that answers "the
 * organizations of this request"; that the field's value is a collection of {@code CustomerOrganization} is what
 * Jira's REST API shows for the field ({@code "items": "sd-customerorganization"}) and is UNVERIFIED on a Java javadoc
 * page, so anything else in the value is ignored and reads as "no organization", never as an error.
 */
final class OrganizationFieldReader implements OrganizationSource {

    private final JsmFields fields;

    OrganizationFieldReader(JsmFields fields) {
        this.fields = fields;
    }

    @Override
    public Set<Long> organizationIdsOf(long issueId) {
        Set<Long> ids = new TreeSet<>();
        for (Object value : fields.values(issueId, JsmFields.ORGANIZATIONS)) {
            if (value instanceof Collection<?> elements) {
                elements.stream().filter(CustomerOrganization.class::isInstance).map(CustomerOrganization.class::cast)
                        .forEach(organization -> ids.add((long) organization.getId()));
            }
        }
        return ids;
    }
}
