package io.successdesk.jira.jsm;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Custom fields of a given field type key, as Jira's CustomFieldManager hands them out. */
final class JsmFieldMocks {

    private JsmFieldMocks() {
    }

    static CustomField field(String typeKey) {
        CustomFieldType type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        CustomField field = mock(CustomField.class);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }
}
