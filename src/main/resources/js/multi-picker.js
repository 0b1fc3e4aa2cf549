/*
 * SuccessDesk multi-value picker: the chosen values as removable AUI lozenge-like chips and a text input with
 * suggestions (a datalist of the choices) to add one; Enter or the Add button adds it. Only values from the
 * choices are added when the choices are complete; otherwise any value is taken and the server decides.
 */
define('successdesk/multi-picker', ['successdesk/dom'], function (dom) {
    'use strict';

    var counter = 0;

    /**
     * spec: {id, label, values: [string], choices: [{value, text}], strict, describedBy}. Returns {element, values()}.
     */
    function create(spec) {
        counter += 1;
        var values = spec.values.slice();
        var listId = spec.id + '-choices-' + counter;
        var element = dom.el('div', 'successdesk-multi-picker');
        element.id = spec.id;
        var chosen = dom.el('ul', 'successdesk-multi-picker-values');
        chosen.setAttribute('aria-label', spec.label);
        var input = dom.el('input', 'text medium-field successdesk-multi-picker-input');
        input.type = 'text';
        input.id = spec.id + '-input';
        input.setAttribute('list', listId);
        input.setAttribute('autocomplete', 'off');
        var datalist = dom.el('datalist');
        datalist.id = listId;
        spec.choices.forEach(function (choice) {
            var option = dom.el('option');
            option.value = choice.value;
            if (choice.text && choice.text !== choice.value) {
                option.label = choice.text;
            }
            datalist.appendChild(option);
        });

        function textOf(value) {
            var match = spec.choices.filter(function (choice) {
                return choice.value === value;
            })[0];
            return match && match.text && match.text !== value ? value + ' (' + match.text + ')' : value;
        }

        function draw() {
            while (chosen.firstChild) {
                chosen.removeChild(chosen.firstChild);
            }
            values.forEach(function (value) {
                var item = dom.el('li', 'successdesk-multi-picker-value');
                item.setAttribute('data-value', value);
                item.appendChild(dom.el('span', null, textOf(value)));
                var remove = dom.button('aui-button-subtle successdesk-multi-picker-remove', '\u00d7', function () {
                    values = values.filter(function (other) {
                        return other !== value;
                    });
                    draw();
                    input.focus();
                });
                remove.setAttribute('aria-label', AJS.I18n.getText('successdesk.admin.picker.remove', value));
                item.appendChild(remove);
                chosen.appendChild(item);
            });
        }

        function add() {
            var value = input.value.trim();
            if (value === '' || values.indexOf(value) >= 0) {
                input.value = '';
                return;
            }
            var known = spec.choices.some(function (choice) {
                return choice.value === value;
            });
            if (spec.strict && !known) {
                input.setAttribute('aria-invalid', 'true');
                return;
            }
            input.removeAttribute('aria-invalid');
            values.push(value);
            input.value = '';
            draw();
        }

        input.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
                add();
            }
        });
        input.addEventListener('change', add);
        var addButton = dom.button('successdesk-multi-picker-add', AJS.I18n.getText('successdesk.admin.picker.add'), add);
        if (spec.describedBy) {
            input.setAttribute('aria-describedby', spec.describedBy);
        }
        dom.append(element, chosen, input, datalist, addButton);
        draw();
        return {
            element: element,
            input: input,
            values: function () {
                return values.slice();
            }
        };
    }

    return {create: create};
});
