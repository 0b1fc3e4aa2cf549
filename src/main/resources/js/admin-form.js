/*
 * The admin page's form parts, shared by its sections: AUI field groups, server errors under their fields, a message
 * area with an optional reload button, a section with its own form, and the save button.
 */
define('successdesk/admin-form', ['successdesk/rest-client', 'successdesk/dom'], function (rest, dom) {
    'use strict';

    function fieldGroup(id, label, control, description) {
        var group = dom.el('div', 'field-group');
        group.setAttribute('data-field', id);
        var labelNode = dom.el('label', null, label);
        labelNode.htmlFor = control.id || (control.querySelector && control.querySelector('input') ? control.querySelector('input').id : '');
        dom.append(group, labelNode, control);
        if (description) {
            group.appendChild(dom.el('div', 'description', description));
        }
        return group;
    }

    function textInput(id, value, className) {
        var input = dom.el('input', className || 'text');
        input.type = 'text';
        input.id = id;
        input.value = value === null || value === undefined ? '' : String(value);
        return input;
    }

    /** Shows {field: message} under the field groups of form (data-field = field); clears the old ones. */
    function showErrors(form, errors) {
        form.querySelectorAll('.error.successdesk-field-error').forEach(function (node) {
            node.parentNode.removeChild(node);
        });
        Object.keys(errors || {}).forEach(function (field) {
            var group = form.querySelector('[data-field="' + field.split('.')[0].replace(/"/g, '') + '"]');
            var node = dom.el('div', 'error successdesk-field-error', errors[field]);
            node.setAttribute('data-error-for', field);
            (group || form.querySelector('.successdesk-form-messages')).appendChild(node);
        });
    }

    function showMessage(form, type, text, reload) {
        var box = form.querySelector('.successdesk-form-messages');
        while (box.firstChild) {
            box.removeChild(box.firstChild);
        }
        if (!text) {
            return;
        }
        var message = dom.message(type, text);
        if (reload) {
            message.appendChild(dom.button('successdesk-reload', AJS.I18n.getText('successdesk.admin.reload'), reload));
        }
        box.appendChild(message);
    }

    /** Shows a failed save: 409 with a reload button, 401 (WebSudo expired), else the field errors (formErrors: those
     * shown under the form's own fields; default all of them). */
    function failure(form, error, reload, formErrors) {
        if (error.status === 409) {
            showErrors(form, {});
            showMessage(form, 'error', error.message, reload);
        } else if (error.status === 401) {
            showMessage(form, 'error', AJS.I18n.getText('successdesk.admin.websudo-expired'), function () {
                window.location.reload();
            });
        } else {
            showErrors(form, formErrors || error.errors);
            showMessage(form, 'error', Object.keys(error.errors || {}).length
                ? AJS.I18n.getText('successdesk.admin.fix-errors') : error.message);
        }
    }

    function section(id, title, intro) {
        var node = dom.el('section', 'successdesk-admin-section');
        node.id = id;
        dom.append(node, dom.el('h2', null, title), intro ? dom.el('p', 'successdesk-admin-intro', intro) : null);
        var form = dom.el('form', 'aui successdesk-admin-form');
        form.noValidate = true;
        form.appendChild(dom.el('div', 'successdesk-form-messages'));
        form.setAttribute('aria-live', 'polite');
        node.appendChild(form);
        return {node: node, form: form};
    }

    function buttons(form, saveText, onSave) {
        var container = dom.el('div', 'buttons-container');
        var inner = dom.el('div', 'buttons');
        var save = dom.el('button', 'aui-button aui-button-primary successdesk-save', saveText);
        save.type = 'submit';
        inner.appendChild(save);
        container.appendChild(inner);
        form.appendChild(container);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save.disabled = true;
            save.setAttribute('aria-busy', 'true');
            onSave().then(function () {
                save.disabled = false;
                save.removeAttribute('aria-busy');
            });
        });
        return save;
    }

    function replaceSection(container, node) {
        var old = container.querySelector('#' + node.id);
        if (old) {
            container.replaceChild(node, old);
        } else {
            container.appendChild(node);
        }
    }

    function reloadSection(path, render) {
        return function () {
            rest.get(path).then(render);
        };
    }

    return {
        fieldGroup: fieldGroup,
        textInput: textInput,
        showErrors: showErrors,
        showMessage: showMessage,
        failure: failure,
        section: section,
        buttons: buttons,
        replaceSection: replaceSection,
        reloadSection: reloadSection
    };
});
