/*
 * SuccessDesk account picker: an accessible combobox (ARIA 1.2 pattern) that searches
 * rest/successdesk/1.0/accounts?q= (key prefix or part of the name) as the user types; the server returns only accounts the caller may view.
 */
define('successdesk/account-picker', ['successdesk/rest-client', 'successdesk/dom'], function (rest, dom) {
    'use strict';

    var counter = 0;
    var DEBOUNCE_MILLIS = 200;

    function create(current) {
        counter += 1;
        var id = 'successdesk-account-picker-' + counter;
        var group = dom.el('div', 'field-group successdesk-account-picker');
        var label = dom.el('label', null, AJS.I18n.getText('successdesk.picker.label'));
        label.htmlFor = id;
        var input = dom.attrs(dom.el('input', 'text long-field'), {
            id: id, type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
            'aria-expanded': 'false', 'aria-controls': id + '-list', placeholder: AJS.I18n.getText('successdesk.picker.placeholder')
        });
        var list = dom.attrs(dom.el('ul', 'successdesk-picker-results'), {id: id + '-list', role: 'listbox', hidden: 'hidden'});
        var status = dom.attrs(dom.el('div', 'description successdesk-picker-status'), {'aria-live': 'polite'});
        var error = dom.el('div', 'error');
        dom.append(group, label, input, list, status, error);

        var selected = current ? current.key : null;
        var options = [];
        var active = -1;
        var timer = null;
        var sequence = 0;
        if (current) {
            input.value = current.name + ' (' + current.key + ')';
            status.textContent = AJS.I18n.getText('successdesk.picker.current', current.name);
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function choose(index) {
            var account = options[index];
            selected = account.key;
            input.value = account.name + ' (' + account.key + ')';
            status.textContent = AJS.I18n.getText('successdesk.picker.chosen', account.name);
            close();
        }

        function highlight(index) {
            var items = list.querySelectorAll('[role="option"]');
            items.forEach(function (item, i) {
                item.setAttribute('aria-selected', String(i === index));
                item.classList.toggle('active', i === index);
            });
            active = index;
            if (index >= 0) {
                input.setAttribute('aria-activedescendant', items[index].id);
            }
        }

        function show(accounts) {
            options = accounts;
            list.replaceChildren();
            accounts.forEach(function (account, index) {
                var item = dom.attrs(dom.el('li', 'successdesk-picker-option'), {
                    id: id + '-option-' + index, role: 'option', 'aria-selected': 'false', 'data-account-key': account.key
                });
                dom.append(item, dom.el('span', 'successdesk-picker-name', account.name),
                    dom.el('span', 'successdesk-picker-key', account.key));
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(index);
                });
                list.appendChild(item);
            });
            list.hidden = !accounts.length;
            input.setAttribute('aria-expanded', String(accounts.length > 0));
            status.textContent = accounts.length
                ? AJS.I18n.getText('successdesk.picker.results', accounts.length)
                : AJS.I18n.getText('successdesk.picker.none');
        }

        function search() {
            var query = input.value.trim();
            var mine = ++sequence;
            if (query.length < 1) {
                show([]);
                return;
            }
            rest.get('accounts?q=' + encodeURIComponent(query) + '&sort=name&limit=10').then(function (page) {
                if (mine === sequence) {
                    error.textContent = '';
                    show(page.items || []);
                }
            }, function (failure) {
                if (mine === sequence) {
                    error.textContent = failure.message;
                }
            });
        }

        input.addEventListener('input', function () {
            selected = null;
            window.clearTimeout(timer);
            timer = window.setTimeout(search, DEBOUNCE_MILLIS);
        });
        input.addEventListener('keydown', function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === 'ArrowDown') {
                event.preventDefault();
                highlight(Math.min(active + 1, options.length - 1));
            } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                highlight(Math.max(active - 1, 0));
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                event.stopPropagation();
                choose(active);
            } else if (event.key === 'Escape') {
                event.stopPropagation();
                close();
            }
        });
        input.addEventListener('blur', close);

        return {
            element: group,
            value: function () {
                return selected;
            },
            focus: function () {
                input.focus();
            }
        };
    }

    return {create: create};
});
