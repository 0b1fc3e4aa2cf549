/*
 * SuccessDesk account page: who the account is, its live health explained measure by measure with 90 days of history,
 * its calls to action, success plans, touchpoints and recent CSAT and NPS answers; CSMs act from here (log a touchpoint,
 * snooze or close a CTA). Every number comes from the REST API at load time; the page reloads after its own actions.
 */
define('successdesk/account-view', ['wrm/context-path', 'successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/texts', 'successdesk/cta-dialogs', 'successdesk/health-chart', 'successdesk/form-dialog', 'successdesk/account-plans',
    'successdesk/revenue-chart', 'successdesk/account-timeline'],
function (contextPath, rest, dom, format, texts, ctaDialogs, healthChart, formDialog, accountPlans, revenueChart, timeline) {
    'use strict';

    var el = dom.el;
    var NPS_WINDOW_DAYS = 180;

    function issueUrl(key) {
        return contextPath() + '/browse/' + encodeURIComponent(key);
    }

    function section(title, className) {
        var block = el('section', 'successdesk-account-section ' + className);
        block.appendChild(el('h2', null, title));
        return block;
    }

    function facts(pairs) {
        var list = el('dl', 'successdesk-account-facts');
        pairs.forEach(function (pair) {
            if (pair) {
                dom.append(list, el('dt', null, pair[0]), dom.append(el('dd', pair[2]), pair[1]));
            }
        });
        return list;
    }

    function day(isoDate, relative) {
        if (!isoDate) {
            return AJS.I18n.getText('successdesk.panel.none');
        }
        var span = el('span');
        span.appendChild(dom.attrs(el('time', null, format.date(isoDate)), {datetime: isoDate}));
        if (relative) {
            span.appendChild(el('span', 'successdesk-relative', ' (' + format.relativeDays(isoDate) + ')'));
        }
        return span;
    }

    /** A 409 means someone saved since this page was loaded: say so instead of the server's version numbers. */
    function explainConflict(failure) {
        if (failure && failure.status === 409) {
            throw {message: AJS.I18n.getText('successdesk.account.conflict'), errors: {}};
        }
        throw failure;
    }

    function editDialog(account, reload) {
        var stages = ['onboarding', 'adoption', 'expansion', 'renewal', 'churned'];
        formDialog.open({
            title: AJS.I18n.getText('successdesk.account.edit.title', account.name),
            submitText: AJS.I18n.getText('successdesk.account.save'),
            cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
            fields: [
                {name: 'name', label: AJS.I18n.getText('successdesk.account.name'), required: true, value: account.name,
                    attributes: {maxlength: '255'}},
                {name: 'tier', label: AJS.I18n.getText('successdesk.accounts.column.tier'), required: true, value: account.tier},
                {name: 'lifecycleStage', label: AJS.I18n.getText('successdesk.account.stage'), type: 'select',
                    value: account.lifecycleStage, options: stages.map(function (stage) {
                        return {value: stage, label: texts.stage(stage)};
                    })},
                {name: 'csmUserKey', label: AJS.I18n.getText('successdesk.panel.csm'), value: account.csmUserKey || ''},
                {name: 'renewalDate', label: AJS.I18n.getText('successdesk.panel.renewal'), type: 'date',
                    value: account.renewalDate || ''}
            ],
            save: function (values) {
                var body = {key: account.key, name: values.name, emailDomains: account.emailDomains,
                    jsmOrganizationIds: account.jsmOrganizationIds, tier: values.tier, lifecycleStage: values.lifecycleStage,
                    csmUserKey: values.csmUserKey || undefined, arr: account.arr, contractStart: account.contractStart,
                    renewalDate: values.renewalDate || undefined, externalId: account.externalId,
                    customAttributes: account.customAttributes, version: account.version};
                return rest.put('accounts/' + encodeURIComponent(account.key), body).catch(explainConflict);
            },
            onSaved: reload
        });
    }

    function overrideDialog(account, reload) {
        var tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
        formDialog.open({
            title: AJS.I18n.getText('successdesk.account.override.title', account.name),
            intro: AJS.I18n.getText('successdesk.account.override.intro'),
            submitText: AJS.I18n.getText('successdesk.account.save'),
            cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
            fields: [
                {name: 'band', label: AJS.I18n.getText('successdesk.accounts.filter.band'), type: 'select', value: 'amber',
                    options: ['red', 'amber', 'green'].map(function (band) {
                        return {value: band, label: texts.band(band)};
                    })},
                {name: 'reason', label: AJS.I18n.getText('successdesk.account.override.reason'), type: 'textarea', required: true},
                {name: 'expiresOn', label: AJS.I18n.getText('successdesk.account.override.expires'), type: 'date',
                    required: true, attributes: {min: tomorrow}}
            ],
            save: function (values) {
                return rest.put('accounts/' + encodeURIComponent(account.key) + '/health/override',
                    {band: values.band, reason: values.reason, expiresOn: values.expiresOn})
                    .catch(explainConflict);
            },
            onSaved: reload
        });
    }

    /** The CSM's own reading of the relationship, 1–5: a health input that expires after its measure's validity. */
    function sentimentDialog(account, reload) {
        formDialog.open({
            title: AJS.I18n.getText('successdesk.account.sentiment.title', account.name),
            intro: AJS.I18n.getText('successdesk.account.sentiment.intro'),
            submitText: AJS.I18n.getText('successdesk.account.save'),
            cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
            fields: [
                {name: 'value', label: AJS.I18n.getText('successdesk.account.sentiment.value'), type: 'select', value: '3',
                    options: [
                        {value: '1', label: AJS.I18n.getText('successdesk.account.sentiment.1')},
                        {value: '2', label: AJS.I18n.getText('successdesk.account.sentiment.2')},
                        {value: '3', label: AJS.I18n.getText('successdesk.account.sentiment.3')},
                        {value: '4', label: AJS.I18n.getText('successdesk.account.sentiment.4')},
                        {value: '5', label: AJS.I18n.getText('successdesk.account.sentiment.5')}
                    ]}
            ],
            save: function (values) {
                return rest.put('accounts/' + encodeURIComponent(account.key) + '/inputs/csm-sentiment',
                    {value: Number(values.value)});
            },
            onSaved: reload
        });
    }

    var CUSTOM = 'CUSTOM:';

    /** A custom metric's value as an integration would push it (PUT inputs/{name}); the health counts it at once. */
    function inputDialog(account, measure, reload) {
        var name = measure.substring(CUSTOM.length);
        formDialog.open({
            title: AJS.I18n.getText('successdesk.account.input.title', name, account.name),
            intro: AJS.I18n.getText('successdesk.account.input.intro'),
            submitText: AJS.I18n.getText('successdesk.account.save'),
            cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
            fields: [
                {name: 'value', label: AJS.I18n.getText('successdesk.account.input.value'), type: 'number', required: true,
                    attributes: {step: 'any'}},
                {name: 'sampleSize', label: AJS.I18n.getText('successdesk.account.input.sample'), type: 'number', value: '1',
                    description: AJS.I18n.getText('successdesk.account.input.sample.description'), attributes: {min: '0', step: '1'}}
            ],
            save: function (values) {
                return rest.put('accounts/' + encodeURIComponent(account.key) + '/inputs/' + encodeURIComponent(name), {
                    value: values.value === '' ? null : Number(values.value),
                    sampleSize: values.sampleSize === '' ? null : Number(values.sampleSize)
                });
            },
            onSaved: reload
        });
    }

    function header(account, health, canEdit, reload) {
        var head = el('header', 'aui-page-header successdesk-account-header');
        var main = el('div', 'aui-page-header-main');
        var crumbs = el('ol', 'aui-nav aui-nav-breadcrumbs');
        crumbs.appendChild(dom.append(el('li'), dom.link(contextPath() + '/plugins/servlet/successdesk/accounts',
            AJS.I18n.getText('successdesk.accounts.title'))));
        dom.append(main, crumbs, dom.append(el('h1', 'successdesk-account-title'), account.name, ' ',
            el('span', 'aui-lozenge aui-lozenge-subtle successdesk-account-tier', account.tier)));
        head.appendChild(main);
        if (canEdit) {
            var actions = el('div', 'aui-page-header-actions');
            var buttons = el('div', 'aui-buttons');
            buttons.appendChild(dom.button('successdesk-account-edit', AJS.I18n.getText('successdesk.account.edit'), function () {
                editDialog(account, reload);
            }));
            buttons.appendChild(dom.button('successdesk-sentiment-set', AJS.I18n.getText('successdesk.account.sentiment.set'),
                function () {
                    sentimentDialog(account, reload);
                }));
            if (health.override) {
                buttons.appendChild(dom.button('successdesk-override-remove', AJS.I18n.getText('successdesk.account.override.remove'),
                    function () {
                        rest.del('accounts/' + encodeURIComponent(account.key) + '/health/override').then(reload);
                    }));
            } else {
                buttons.appendChild(dom.button('successdesk-override-set', AJS.I18n.getText('successdesk.account.override.set'),
                    function () {
                        overrideDialog(account, reload);
                    }));
            }
            head.appendChild(dom.append(actions, buttons));
        }
        return head;
    }

    function summary(account) {
        return facts([
            [AJS.I18n.getText('successdesk.account.key'), account.key],
            [AJS.I18n.getText('successdesk.account.stage'), texts.stage(account.lifecycleStage)],
            [AJS.I18n.getText('successdesk.panel.csm'), account.csmDisplayName || account.csmUserKey
                || AJS.I18n.getText('successdesk.panel.none')],
            [AJS.I18n.getText('successdesk.panel.renewal'), day(account.renewalDate, true)],
            [AJS.I18n.getText('successdesk.account.contract-start'), day(account.contractStart, false)],
            account.arr ? [AJS.I18n.getText('successdesk.panel.arr'), format.money(account.arr), 'successdesk-arr'] : null
        ]);
    }

    /** @param edit {account, reload} when the viewer may enter custom metric values, else null */
    function healthSection(health, history, edit) {
        var block = section(AJS.I18n.getText('successdesk.account.health'), 'successdesk-account-health');
        var line = el('p', 'successdesk-health');
        if (health.score === undefined || health.score === null) {
            line.appendChild(el('span', 'aui-lozenge', AJS.I18n.getText('successdesk.panel.health.none')));
        } else {
            dom.append(line, dom.bandLozenge(health.band, texts.band(health.band)), ' ',
                el('span', 'successdesk-health-score', format.score(health.score)));
            if (health.since30Days && health.since30Days.scoreChange !== undefined && health.since30Days.scoreChange !== null) {
                line.appendChild(el('span', 'successdesk-health-trend',
                    AJS.I18n.getText('successdesk.panel.health.trend', format.signed(health.since30Days.scoreChange))));
            }
        }
        block.appendChild(line);
        if (health.override) {
            block.appendChild(dom.message('info', AJS.I18n.getText('successdesk.account.override',
                health.override.band ? texts.band(health.override.band) : format.score(health.override.score),
                health.override.reason, format.date(health.override.expiresOn))));
        }
        block.appendChild(healthChart.render(history));
        block.appendChild(breakdown(health.breakdown || [], health.since7Days, health.since30Days, edit));
        return block;
    }

    /** A measure's score change since a snapshot, in points; a dash when either side had no score. */
    function change(delta, measure) {
        var changes = delta && delta.measureScoreChanges;
        var value = changes ? changes[measure] : undefined;
        return value === undefined || value === null ? '\u2013' : format.signed(value);
    }

    function valueCell(line, edit) {
        var hasValue = line.value !== undefined && line.value !== null;
        var cell = el('td', 'successdesk-measure-value', hasValue ? texts.measureValue(line.measure, line.value) : '\u2013');
        if (edit && line.measure.indexOf(CUSTOM) === 0) {
            dom.append(cell, ' ', dom.button('aui-button-link successdesk-input-set',
                AJS.I18n.getText('successdesk.account.input.set'), function () {
                    inputDialog(edit.account, line.measure, edit.reload);
                }));
        }
        return cell;
    }

    function breakdown(lines, since7Days, since30Days, edit) {
        var table = el('table', 'aui successdesk-breakdown');
        table.appendChild(el('caption', null, AJS.I18n.getText('successdesk.account.breakdown')));
        var head = el('tr');
        [AJS.I18n.getText('successdesk.account.measure'), AJS.I18n.getText('successdesk.account.value'),
            AJS.I18n.getText('successdesk.account.measure-score'), AJS.I18n.getText('successdesk.account.weight'),
            AJS.I18n.getText('successdesk.account.points'), AJS.I18n.getText('successdesk.account.change-7'),
            AJS.I18n.getText('successdesk.account.change-30'),
            AJS.I18n.getText('successdesk.account.based-on')].forEach(function (text) {
            head.appendChild(dom.attrs(el('th', null, text), {scope: 'col'}));
        });
        table.appendChild(dom.append(el('thead'), head));
        var body = el('tbody');
        lines.forEach(function (line) {
            var scored = line.score !== undefined && line.score !== null;
            var counted = line.status === 'ok';
            body.appendChild(dom.append(dom.attrs(el('tr'), {'data-successdesk-measure': line.measure}),
                el('th', null, texts.measure(line.measure)),
                valueCell(line, edit),
                el('td', 'successdesk-measure-score', scored ? format.score(line.score) : texts.measureStatus(line.status)),
                el('td', 'successdesk-measure-weight', counted || !scored ? format.number(line.weight, 1) : texts.measureStatus(line.status)),
                el('td', 'successdesk-measure-points', counted ? format.number(line.contribution, 1) : '\u2013'),
                el('td', 'successdesk-measure-change-7', change(since7Days, line.measure)),
                el('td', 'successdesk-measure-change-30', change(since30Days, line.measure)),
                el('td', null, line.n ? AJS.I18n.getText('successdesk.account.sample', format.number(line.n)) : '')));
        });
        table.appendChild(body);
        return table;
    }

    function ctaSection(ctas, canEdit, reload) {
        var block = section(AJS.I18n.getText('successdesk.panel.ctas'), 'successdesk-account-ctas');
        if (!ctas.length) {
            block.appendChild(el('p', 'successdesk-empty', AJS.I18n.getText('successdesk.account.no-ctas')));
            return block;
        }
        var list = el('ul', 'successdesk-panel-list successdesk-ctas');
        ctas.forEach(function (cta) {
            var item = dom.attrs(el('li', 'successdesk-cta'), {'data-successdesk-reason': cta.reason,
                'data-successdesk-status': cta.status, 'data-successdesk-cta-id': cta.id});
            var text = cta.status === 'snoozed'
                ? AJS.I18n.getText('successdesk.panel.cta.snoozed-until', texts.cta(cta), format.date(cta.snoozedUntil))
                : texts.cta(cta);
            item.appendChild(el('span', 'successdesk-cta-text', text));
            var actions = el('span', 'successdesk-cta-actions');
            if (cta.jiraIssueKey) {
                actions.appendChild(dom.link(issueUrl(cta.jiraIssueKey), cta.jiraIssueKey, 'successdesk-cta-issue'));
            }
            if (canEdit && cta.status === 'open') {
                actions.appendChild(dom.button('aui-button-link successdesk-cta-snooze', AJS.I18n.getText('successdesk.cta.snooze'),
                    function () {
                        ctaDialogs.snooze(cta, reload);
                    }));
            }
            if (canEdit) {
                actions.appendChild(dom.button('aui-button-link successdesk-cta-close', AJS.I18n.getText('successdesk.cta.close'),
                    function () {
                        ctaDialogs.close(cta, reload);
                    }));
            }
            if (actions.childNodes.length) {
                item.appendChild(actions);
            }
            list.appendChild(item);
        });
        block.appendChild(list);
        return block;
    }

    /** ARR month by month: only requested, and only answered, for financial viewers. */
    function revenueSection(history) {
        var block = section(AJS.I18n.getText('successdesk.account.revenue'), 'successdesk-account-revenue');
        block.appendChild(revenueChart.render(history));
        return block;
    }

    function plansSection(account, me, plans, canEdit, reload) {
        return accountPlans.section(section(AJS.I18n.getText('successdesk.account.plans'), 'successdesk-account-plans'),
            account, me, plans, canEdit, reload);
    }

    function touchpointSection(account, touchpoints, canEdit, reload) {
        var block = section(AJS.I18n.getText('successdesk.account.touchpoints'), 'successdesk-account-touchpoints');
        if (canEdit) {
            block.appendChild(dom.button('successdesk-log-touchpoint', AJS.I18n.getText('successdesk.touchpoint.log'),
                function () {
                    ctaDialogs.logTouchpoint(account, reload);
                }));
        }
        if (!touchpoints.length) {
            block.appendChild(el('p', 'successdesk-empty', AJS.I18n.getText('successdesk.account.no-touchpoints')));
            return block;
        }
        var list = el('ol', 'successdesk-touchpoints');
        touchpoints.forEach(function (touchpoint) {
            var item = dom.attrs(el('li', 'successdesk-touchpoint'), {'data-successdesk-touchpoint-id': touchpoint.id});
            dom.append(item, dom.append(el('p', 'successdesk-touchpoint-meta'),
                dom.attrs(el('time', null, format.dateTime(touchpoint.occurredAt)), {datetime: touchpoint.occurredAt}),
                ' \u00b7 ', texts.touchpointType(touchpoint.type), ' \u00b7 ', texts.sentiment(touchpoint.sentiment),
                touchpoint.author ? ' \u00b7 ' + touchpoint.author : ''),
            el('p', 'successdesk-touchpoint-summary', touchpoint.summary));
            list.appendChild(item);
        });
        block.appendChild(list);
        return block;
    }

    /** Recent survey answers, newest first: {@code rating(answer)} says the score, then the day, who and the comment. */
    function answersSection(title, className, intro, answers, rating) {
        var block = section(title, className);
        if (intro) {
            block.appendChild(intro);
        }
        if (!answers.length) {
            block.appendChild(el('p', 'successdesk-empty', AJS.I18n.getText('successdesk.panel.csat.none')));
            return block;
        }
        var list = el('ul', 'successdesk-survey-answers');
        answers.forEach(function (answer) {
            list.appendChild(dom.append(el('li', 'successdesk-survey-answer'), el('strong', 'successdesk-survey-score',
                rating(answer)), ' \u00b7 ', format.date(answer.answeredAt.slice(0, 10)),
            answer.contact ? ' \u00b7 ' + answer.contact : '', answer.comment ? dom.append(el('q'), answer.comment) : null));
        });
        block.appendChild(list);
        return block;
    }

    function csatSection(responses) {
        return answersSection(AJS.I18n.getText('successdesk.account.csat'), 'successdesk-account-csat', null, responses,
            function (answer) {
                return AJS.I18n.getText('successdesk.account.rating', format.number(answer.rating));
            });
    }

    /** The last NPS answers (0–10) of the window and how many there are; the API answers no per-account NPS. */
    function npsSection(page) {
        var count = el('p', 'successdesk-nps-count', AJS.I18n.getText('successdesk.account.nps.count',
            format.number(page.total), format.number(NPS_WINDOW_DAYS)));
        return answersSection(AJS.I18n.getText('successdesk.account.nps'), 'successdesk-account-nps', count,
            page.items || [], function (answer) {
                return AJS.I18n.getText('successdesk.account.nps.score', format.number(answer.score));
            });
    }

    function render(container, me, key) {
        var canEdit = (me.capabilities || []).indexOf('edit-accounts') >= 0;
        var seesRevenue = (me.capabilities || []).indexOf('view-financials') >= 0;
        var path = 'accounts/' + encodeURIComponent(key);

        function load() {
            container.setAttribute('aria-busy', 'true');
            return Promise.all([rest.get(path), rest.get(path + '/health'), rest.get(path + '/health/history'),
                rest.get('ctas?account=' + encodeURIComponent(key) + '&status=open,snoozed'),
                rest.get(path + '/plans?limit=20'), rest.get(path + '/touchpoints?limit=20'),
                rest.get(path + '/csat?limit=5'), rest.get(path + '/nps?limit=5&windowDays=' + NPS_WINDOW_DAYS),
                seesRevenue ? rest.get(path + '/arr') : Promise.resolve(null)])
                .then(function (answers) {
                var account = answers[0];
                var columns = el('div', 'successdesk-account-columns');
                dom.append(columns,
                    dom.append(el('div', 'successdesk-account-main'), healthSection(answers[1], answers[2],
                        canEdit ? {account: account, reload: load} : null),
                        answers[8] ? revenueSection(answers[8]) : null,
                        plansSection(account, me, answers[4].items || [], canEdit, load),
                        touchpointSection(account, answers[5].items || [], canEdit, load),
                        timeline.section(account.key)),
                    dom.append(el('aside', 'successdesk-account-side'), summary(account),
                        ctaSection(answers[3].ctas || [], canEdit, load), csatSection(answers[6].items || []),
                        npsSection(answers[7])));
                container.replaceChildren(header(account, answers[1], canEdit, load), columns);
                document.title = account.name + ' - ' + AJS.I18n.getText('successdesk.accounts.title');
            }, function (failure) {
                container.replaceChildren(dom.message('error', failure.status === 404
                    ? AJS.I18n.getText('successdesk.account.not-found') : AJS.I18n.getText('successdesk.account.error')));
            }).then(function () {
                container.removeAttribute('aria-busy');
                container.setAttribute('data-successdesk-loaded', String(Date.now()));
            });
        }

        return load();
    }

    return {render: render};
});
