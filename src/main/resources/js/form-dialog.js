/*
 * SuccessDesk form dialogs: an AUI dialog2 with an AUI form built from a field list. Submitting calls the given
 * save function; a rejected promise with the API's {message, errors} shows each field's error under that field and
 * the message at the top, and keeps what the user typed. The dialog closes only when the save succeeded.
 */
define('successdesk/form-dialog', ['successdesk/dom'], function (dom) {
    'use strict';

    var counter = 0;

    function fieldControl(field, id) {
        var control;
        if (field.type === 'select') {
            control = dom.el('select', 'select');
            field.options.forEach(function (option) {
                var node = dom.el('option', null, option.label);
                node.value = option.value;
                control.appendChild(node);
            });
        } else if (field.type === 'textarea') {
            control = dom.el('textarea', 'textarea');
            control.rows = field.rows || 4;
        } else {
            control = dom.el('input', field.type === 'date' ? 'text medium-field' : 'text');
            control.type = field.type || 'text';
        }
        control.id = id;
        control.name = field.name;
        if (field.value !== undefined && field.value !== null) {
            control.value = field.value;
        }
        if (field.required) {
            control.required = true;
            control.setAttribute('aria-required', 'true');
        }
        dom.attrs(control, field.attributes || {});
        return control;
    }

    /**
     * Opens a dialog. spec: {title, submitText, cancelText, fields: [{name, label, type, value, required, options,
     * description, attributes}], intro (optional text or node), save(values) → Promise, onSaved(result)}.
     */
    function open(spec) {
        counter += 1;
        var id = 'successdesk-dialog-' + counter;
        var section = dom.attrs(dom.el('section', 'aui-dialog2 aui-dialog2-small aui-layer successdesk-dialog'), {
            id: id, role: 'dialog', 'aria-hidden': 'true', 'aria-labelledby': id + '-title'
        });
        var header = dom.el('header', 'aui-dialog2-header');
        header.appendChild(dom.attrs(dom.el('h2', 'aui-dialog2-header-main', spec.title), {id: id + '-title'}));
        var content = dom.el('div', 'aui-dialog2-content');
        var form = dom.el('form', 'aui');
        form.noValidate = true;
        var general = dom.el('div', 'successdesk-dialog-message');
        general.setAttribute('aria-live', 'assertive');
        form.appendChild(general);
        if (spec.intro) {
            form.appendChild(spec.intro instanceof Node ? spec.intro : dom.el('p', null, spec.intro));
        }
        var controls = {};
        var errors = {};
        spec.fields.forEach(function (field) {
            var group = dom.el('div', 'field-group');
            var controlId = id + '-' + field.name;
            var label = dom.el('label', null, field.label);
            label.htmlFor = controlId;
            if (field.required) {
                label.appendChild(dom.el('span', 'aui-icon icon-required', '*'));
            }
            var control = fieldControl(field, controlId);
            var error = dom.attrs(dom.el('div', 'error'), {id: controlId + '-error'});
            control.setAttribute('aria-describedby', controlId + '-error');
            dom.append(group, label, control, field.description ? dom.el('div', 'description', field.description) : null, error);
            form.appendChild(group);
            controls[field.name] = control;
            errors[field.name] = error;
        });
        var hiddenSubmit = dom.el('button', 'successdesk-hidden-submit');
        hiddenSubmit.type = 'submit';
        hiddenSubmit.hidden = true;
        form.appendChild(hiddenSubmit);
        content.appendChild(form);

        var footer = dom.el('footer', 'aui-dialog2-footer');
        var actions = dom.el('div', 'aui-dialog2-footer-actions');
        var submit = dom.el('button', 'aui-button aui-button-primary successdesk-dialog-submit', spec.submitText);
        submit.type = 'button';
        var cancel = dom.button('aui-button-link successdesk-dialog-cancel', spec.cancelText);
        dom.append(actions, submit, cancel);
        footer.appendChild(actions);
        dom.append(section, header, content, footer);
        document.body.appendChild(section);

        var dialog = AJS.dialog2(section);

        function clearErrors() {
            general.replaceChildren();
            Object.keys(errors).forEach(function (name) {
                errors[name].textContent = '';
                controls[name].removeAttribute('aria-invalid');
            });
        }

        function values() {
            var result = {};
            Object.keys(controls).forEach(function (name) {
                result[name] = controls[name].value;
            });
            return result;
        }

        function showFailure(failure) {
            var fieldErrors = (failure && failure.errors) || {};
            var unplaced = [];
            Object.keys(fieldErrors).forEach(function (name) {
                if (errors[name]) {
                    errors[name].textContent = fieldErrors[name];
                    controls[name].setAttribute('aria-invalid', 'true');
                } else {
                    unplaced.push(fieldErrors[name]);
                }
            });
            var text = unplaced.length ? unplaced.join(' ') : (failure && failure.message);
            if (text && (unplaced.length || !Object.keys(fieldErrors).length)) {
                general.replaceChildren(dom.message('error', text));
            }
            var firstInvalid = form.querySelector('[aria-invalid="true"]');
            (firstInvalid || submit).focus();
        }

        function save(event) {
            if (event) {
                event.preventDefault();
            }
            if (submit.disabled) {
                return;
            }
            clearErrors();
            submit.disabled = true;
            submit.setAttribute('aria-busy', 'true');
            Promise.resolve().then(function () {
                return spec.save(values());
            }).then(function (result) {
                dialog.hide();
                if (spec.onSaved) {
                    spec.onSaved(result);
                }
            }, showFailure).then(function () {
                submit.disabled = false;
                submit.removeAttribute('aria-busy');
            });
        }

        submit.addEventListener('click', save);
        form.addEventListener('submit', save);
        cancel.addEventListener('click', function () {
            dialog.hide();
        });
        dialog.on('hide', function () {
            window.setTimeout(function () {
                if (section.parentNode) {
                    section.parentNode.removeChild(section);
                }
            }, 0);
        });
        dialog.show();
        var first = spec.fields.length ? controls[spec.fields[0].name] : submit;
        first.focus();
        return {dialog: dialog, element: section, controls: controls};
    }

    return {open: open};
});
