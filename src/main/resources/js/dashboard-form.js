/*
 * SuccessDesk dashboard item preference form (AUI): selects and text fields, Save and Cancel. A text field with a
 * pattern is checked before saving and its error shown next to it.
 */
define('successdesk/dashboard-form', ['successdesk/dom'], function (dom) {
    'use strict';

    var el = dom.el;
    var counter = 0;

    /** fields: [{name, label, value, options: [[value, label]] | text: true, pattern}]; onSave(values), onCancel(). */
    function create(fields, onSave, onCancel) {
        counter += 1;
        var form = el('form', 'aui successdesk-dashboard-form');
        var controls = {};
        fields.forEach(function (field) {
            var id = 'successdesk-dashboard-' + counter + '-' + field.name;
            var control;
            if (field.text) {
                control = dom.attrs(el('input', 'text'), {type: 'text', name: field.name});
                control.value = field.value || '';
            } else {
                control = dom.attrs(el('select', 'select'), {name: field.name});
                field.options.forEach(function (option) {
                    var node = el('option', null, option[1]);
                    node.value = option[0];
                    node.selected = option[0] === field.value;
                    control.appendChild(node);
                });
            }
            control.id = id;
            var label = el('label', null, field.label);
            label.htmlFor = id;
            var error = dom.attrs(el('div', 'error'), {id: id + '-error'});
            control.setAttribute('aria-describedby', id + '-error');
            controls[field.name] = {control: control, error: error, field: field};
            form.appendChild(dom.append(el('div', 'field-group'), label, control, error));
        });
        var save = el('button', 'aui-button aui-button-primary successdesk-dashboard-save', AJS.I18n.getText('successdesk.dashboard.save'));
        save.type = 'submit';
        var cancel = dom.button('aui-button-link successdesk-dashboard-cancel', AJS.I18n.getText('successdesk.dialog.cancel'),
            onCancel);
        form.appendChild(dom.append(el('div', 'buttons-container'), dom.append(el('div', 'buttons'), save, cancel)));
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var values = {};
            var valid = true;
            Object.keys(controls).forEach(function (name) {
                var entry = controls[name];
                var value = entry.control.value.trim();
                entry.error.textContent = '';
                if (value && entry.field.pattern && !new RegExp('^(?:' + entry.field.pattern + ')$').test(value)) {
                    entry.error.textContent = AJS.I18n.getText('successdesk.dashboard.invalid');
                    valid = false;
                }
                values[name] = value;
            });
            if (valid) {
                onSave(values);
            }
        });
        return form;
    }

    /** The item's preferences: what the user saved over the item's defaults. */
    function preferences(defaults, saved) {
        return Object.assign({}, defaults, saved || {});
    }

    return {create: create, preferences: preferences};
});
