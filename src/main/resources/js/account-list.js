/*
 * SuccessDesk accounts list: search, filters (band, tier, CSM, renewal window, my accounts), sortable columns and paging over
 * GET /rest/successdesk/1.0/accounts, which answers only what the caller may see (ARR only for financial viewers).
 */
define('successdesk/account-list', ['wrm/context-path', 'successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/texts', 'successdesk/account-query', 'successdesk/account-import'],
function (contextPath, rest, dom, format, texts, accountQuery, accountImport) {
    'use strict';

    var el = dom.el;
    var SEARCH_DELAY_MILLIS = 250;

    function accountUrl(key) {
        return contextPath() + '/plugins/servlet/successdesk/accounts/' + encodeURIComponent(key);
    }

    function option(value, label, selected) {
        var node = el('option', null, label);
        node.value = value;
        node.selected = selected;
        return node;
    }

    function field(id, label, control) {
        var group = el('div', 'field-group successdesk-filter');
        var caption = el('label', null, label);
        caption.htmlFor = id;
        control.id = id;
        return dom.append(group, caption, control);
    }

    function choice(name, anyText, values, chosen, onChange) {
        var select = el('select', 'select');
        select.name = name;
        select.appendChild(option('', anyText, !chosen));
        values.forEach(function (value) {
            select.appendChild(option(value.key, value.name, value.key === chosen));
        });
        select.addEventListener('change', function () {
            onChange(select.value);
        });
        return select;
    }

    function searchField(state, onChange) {
        var search = dom.attrs(el('input', 'text'), {type: 'search', name: 'q', autocomplete: 'off',
            placeholder: AJS.I18n.getText('successdesk.accounts.search.placeholder')});
        search.value = state.text;
        var timer = null;
        search.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                onChange({text: search.value});
            }, SEARCH_DELAY_MILLIS);
        });
        return search;
    }

    /**
     * The filter form. The CSM select and "Only my accounts" set the same filter and show it both ways; the select
     * offers the CSMs seen in the answers so far ({@link showCsms} after each page).
     */
    function filters(state, me, tiers, onChange) {
        var form = dom.attrs(el('form', 'aui successdesk-account-filters'), {role: 'search'});
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        var band = choice('band', AJS.I18n.getText('successdesk.accounts.filter.any-band'), ['red', 'amber', 'green'].map(function (value) {
            return {key: value, name: texts.band(value)};
        }), state.band, function (value) {
            onChange({band: value});
        });
        var tier = choice('tier', AJS.I18n.getText('successdesk.accounts.filter.any-tier'), tiers.map(function (name) {
            return {key: name, name: name};
        }), state.tier, function (value) {
            onChange({tier: value});
        });
        var mine = dom.attrs(el('input', 'checkbox'), {type: 'checkbox', name: 'mine', id: 'successdesk-accounts-mine'});
        var csm = choice('csm', AJS.I18n.getText('successdesk.accounts.filter.any-csm'), [], state.csm, function (value) {
            mine.checked = Boolean(me.userKey) && value === me.userKey;
            onChange({csm: value});
        });
        var renewal = el('select', 'select');
        renewal.name = 'renewal';
        dom.append(renewal, option('0', AJS.I18n.getText('successdesk.accounts.filter.any-renewal'), !state.renewalWithinDays));
        [30, 60, 90, 180].forEach(function (days) {
            renewal.appendChild(option(String(days), AJS.I18n.getText('successdesk.accounts.filter.renewal-within', days),
                state.renewalWithinDays === days));
        });
        renewal.addEventListener('change', function () {
            onChange({renewalWithinDays: Number(renewal.value)});
        });
        dom.append(form, field('successdesk-accounts-q', AJS.I18n.getText('successdesk.accounts.search'), searchField(state, onChange)),
            field('successdesk-accounts-band', AJS.I18n.getText('successdesk.accounts.filter.band'), band),
            field('successdesk-accounts-tier', AJS.I18n.getText('successdesk.accounts.column.tier'), tier),
            field('successdesk-accounts-csm', AJS.I18n.getText('successdesk.panel.csm'), csm),
            field('successdesk-accounts-renewal', AJS.I18n.getText('successdesk.accounts.filter.renewal'), renewal));
        var withCtas = dom.attrs(el('input', 'checkbox'), {type: 'checkbox', name: 'openCtas', id: 'successdesk-accounts-open-ctas'});
        withCtas.checked = Boolean(state.openCtas);
        withCtas.addEventListener('change', function () {
            onChange({openCtas: withCtas.checked});
        });
        var ctaCheck = el('div', 'checkbox successdesk-filter');
        var ctaLabel = el('label', null, AJS.I18n.getText('successdesk.accounts.filter.open-ctas'));
        ctaLabel.htmlFor = withCtas.id;
        form.appendChild(dom.append(ctaCheck, withCtas, ctaLabel));
        if (me.userKey) {
            mine.checked = state.csm === me.userKey;
            mine.addEventListener('change', function () {
                var value = mine.checked ? me.userKey : '';
                onChange({csm: value});
                csm.value = value;
            });
            var check = el('div', 'checkbox successdesk-filter');
            var label = el('label', null, AJS.I18n.getText('successdesk.accounts.filter.mine'));
            label.htmlFor = mine.id;
            form.appendChild(dom.append(check, mine, label));
        }
        return {
            form: form,
            showCsms: function (choices, chosen) {
                csm.replaceChildren(option('', AJS.I18n.getText('successdesk.accounts.filter.any-csm'), !chosen));
                choices.forEach(function (value) {
                    csm.appendChild(option(value.key, value.name, value.key === chosen));
                });
            }
        };
    }

    function header(state, column, label, onSort) {
        var th = dom.attrs(el('th'), {scope: 'col'});
        if (!column) {
            th.textContent = label;
            return th;
        }
        var sorted = state.sort === column;
        th.setAttribute('aria-sort', sorted ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none');
        var button = dom.button('aui-button-link successdesk-sort', label, function () {
            onSort(column);
        });
        button.setAttribute('data-successdesk-sort', column);
        if (sorted) {
            button.appendChild(el('span', 'aui-icon aui-icon-small ' + (state.direction === 'asc'
                ? 'aui-iconfont-arrow-up' : 'aui-iconfont-arrow-down'), ''));
        }
        th.appendChild(button);
        return th;
    }

    function healthCell(account) {
        var cell = el('td', 'successdesk-account-health');
        if (!account.health || !account.health.band) {
            cell.textContent = AJS.I18n.getText('successdesk.panel.health.none');
            return cell;
        }
        dom.append(cell, dom.bandLozenge(account.health.band, texts.band(account.health.band)), ' ',
            el('span', 'successdesk-health-score', format.score(account.health.score)));
        return cell;
    }

    function renewalCell(account) {
        var cell = el('td', 'successdesk-account-renewal');
        if (!account.renewalDate) {
            cell.textContent = AJS.I18n.getText('successdesk.panel.none');
            return cell;
        }
        dom.append(cell, dom.attrs(el('time', null, format.date(account.renewalDate)), {datetime: account.renewalDate}),
            el('span', 'successdesk-relative', ' (' + format.relativeDays(account.renewalDate) + ')'));
        return cell;
    }

    function table(state, page, withArr, onSort) {
        var grid = el('table', 'aui aui-table-sortable successdesk-accounts-table');
        var headRow = el('tr');
        dom.append(headRow, header(state, 'name', AJS.I18n.getText('successdesk.accounts.column.account'), onSort),
            header(state, null, AJS.I18n.getText('successdesk.accounts.column.tier')),
            header(state, 'health-score', AJS.I18n.getText('successdesk.accounts.column.health'), onSort),
            header(state, 'renewal-date', AJS.I18n.getText('successdesk.panel.renewal'), onSort),
            header(state, null, AJS.I18n.getText('successdesk.panel.csm')),
            withArr ? header(state, 'arr', AJS.I18n.getText('successdesk.panel.arr'), onSort) : null);
        grid.appendChild(dom.append(el('thead'), headRow));
        var body = el('tbody');
        page.items.forEach(function (account) {
            var row = dom.attrs(el('tr'), {'data-successdesk-account-key': account.key});
            var name = el('td', 'successdesk-account-name-cell');
            dom.append(name, dom.link(accountUrl(account.key), account.name, 'successdesk-account-link'),
                el('span', 'successdesk-account-key', account.key));
            dom.append(row, name, el('td', null, account.tier), healthCell(account), renewalCell(account),
                el('td', null, account.csmDisplayName || account.csmUserKey || AJS.I18n.getText('successdesk.panel.none')),
                withArr ? el('td', 'successdesk-arr', account.arr ? format.money(account.arr) : '') : null);
            body.appendChild(row);
        });
        grid.appendChild(body);
        return grid;
    }

    function pagerBar(state, page, onPage) {
        var info = accountQuery.pager(state.offset, page.items.length, page.total);
        var bar = el('nav', 'successdesk-pager');
        bar.setAttribute('aria-label', AJS.I18n.getText('successdesk.accounts.pages'));
        var previous = dom.button('successdesk-page-previous', AJS.I18n.getText('successdesk.accounts.previous'), function () {
            onPage(false);
        });
        previous.disabled = !info.hasPrevious;
        var next = dom.button('successdesk-page-next', AJS.I18n.getText('successdesk.accounts.next'), function () {
            onPage(true);
        });
        next.disabled = !info.hasNext;
        dom.append(bar, previous, el('span', 'successdesk-page-info', AJS.I18n.getText('successdesk.accounts.showing',
            format.number(info.from), format.number(info.to), format.number(info.total))), next);
        return bar;
    }

    function render(container, me) {
        return rest.get('tiers').then(function (answer) {
            return answer.tiers;
        }, function () {
            return [];
        }).then(function (tiers) {
            return renderList(container, me, tiers);
        });
    }

    function renderList(container, me, tiers) {
        var state = accountQuery.initial();
        var csms = [];
        var form = filters(state, me, tiers, function (changes) {
            state = accountQuery.filtered(state, changes);
            load();
        });
        var withArr = (me.capabilities || []).indexOf('view-financials') >= 0;
        var results = el('div', 'successdesk-account-results');
        results.setAttribute('aria-live', 'polite');
        var sequence = 0;

        function load() {
            var mine = ++sequence;
            results.setAttribute('aria-busy', 'true');
            return rest.get('accounts?' + accountQuery.params(state)).then(function (page) {
                if (mine !== sequence) {
                    return;
                }
                csms = accountQuery.csmChoices(csms, page.items, state.csm);
                form.showCsms(csms, state.csm);
                if (!page.items.length) {
                    results.replaceChildren(dom.message('info', AJS.I18n.getText('successdesk.accounts.empty')));
                } else {
                    results.replaceChildren(table(state, page, withArr, function (column) {
                        state = accountQuery.sortedBy(state, column);
                        load();
                    }), pagerBar(state, page, function (forward) {
                        state = accountQuery.paged(state, forward);
                        load();
                    }));
                }
            }, function (failure) {
                if (mine === sequence) {
                    results.replaceChildren(dom.message('error', failure.message || AJS.I18n.getText('successdesk.accounts.error')));
                }
            }).then(function () {
                if (mine === sequence) {
                    results.removeAttribute('aria-busy');
                    container.setAttribute('data-successdesk-loaded', String(sequence));
                }
            });
        }

        var actions = dom.append(el('div', 'aui-page-header-actions'), accountImport.exportLink());
        var importPanel = null;
        if ((me.capabilities || []).indexOf('edit-accounts') >= 0) {
            importPanel = accountImport.panel(load);
            importPanel.hidden = true;
            var toggle = dom.button('successdesk-import-toggle', AJS.I18n.getText('successdesk.accounts.import.open'),
                function () {
                    importPanel.hidden = !importPanel.hidden;
                    toggle.setAttribute('aria-expanded', String(!importPanel.hidden));
                });
            toggle.setAttribute('aria-expanded', 'false');
            actions.appendChild(toggle);
        }
        container.replaceChildren(dom.append(el('header', 'aui-page-header'), dom.append(el('div', 'aui-page-header-inner'),
            dom.append(el('div', 'aui-page-header-main'), el('h1', null, AJS.I18n.getText('successdesk.accounts.title'))),
            actions)), importPanel, form.form, results);
        return load();
    }

    return {render: render};
});
