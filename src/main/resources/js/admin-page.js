/*
 * SuccessDesk admin page: fills the servlet's shell from the admin REST endpoints. Three forms, each saved on its
 * own and read back after saving: support projects and permission groups (config), account matching, CTA issues and
 * surveys (config/automation), and the health scorecard with a live preview on real accounts (scorecard). Server
 * validation messages show under their field; a 409 (someone else saved meanwhile) shows with a reload button.
 */
define('successdesk/admin-page', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/texts', 'successdesk/multi-picker', 'successdesk/scorecard-editor', 'successdesk/admin-form',
    'successdesk/admin-survey', 'successdesk/admin-backfill', 'successdesk/admin-audit', 'successdesk/admin-cta-rules',
    'successdesk/admin-unmatched', 'successdesk/admin-tiers'],
function (rest, dom, format, texts, picker, editor, forms, survey, backfill, audit, ctaRules, unmatched, tiers) {
    'use strict';

    var fieldGroup = forms.fieldGroup;
    var textInput = forms.textInput;
    var showErrors = forms.showErrors;
    var showMessage = forms.showMessage;
    var failure = forms.failure;
    var section = forms.section;
    var buttons = forms.buttons;
    var replaceSection = forms.replaceSection;
    var reloadSection = forms.reloadSection;

    var PREVIEW_DELAY_MS = 400;

    /** Scored for financial viewers, never counted in the score (docs/product.md, "Health score"). */
    var REVENUE_MEASURE = 'ARR_CHANGE_90D';

    /** Column headings of the measures table (literal keys, as Jira's jsI18n transformer needs). */
    var MEASURE_COLUMNS = {
        on: AJS.I18n.getText('successdesk.admin.scorecard.on'),
        measure: AJS.I18n.getText('successdesk.admin.scorecard.measure'),
        weight: AJS.I18n.getText('successdesk.admin.scorecard.weight'),
        redBound: AJS.I18n.getText('successdesk.admin.scorecard.redBound'),
        greenBound: AJS.I18n.getText('successdesk.admin.scorecard.greenBound'),
        windowDays: AJS.I18n.getText('successdesk.admin.scorecard.windowDays'),
        minimumSample: AJS.I18n.getText('successdesk.admin.scorecard.minimumSample'),
        validityDays: AJS.I18n.getText('successdesk.admin.scorecard.validityDays')
    };

    var PREVIEW_COLUMNS = [
        AJS.I18n.getText('successdesk.admin.scorecard.preview.account'),
        AJS.I18n.getText('successdesk.admin.scorecard.preview.current'),
        AJS.I18n.getText('successdesk.admin.scorecard.preview.draft'),
        AJS.I18n.getText('successdesk.admin.scorecard.preview.reasons')
    ];

    function projectChoices(choices) {
        return choices.projects.map(function (project) {
            return {value: project.key, text: project.name};
        });
    }

    function groupChoices(choices) {
        return choices.groups.map(function (group) {
            return {value: group, text: group};
        });
    }

    /* ---- support projects and permission groups (PUT config) ---- */

    function renderGeneral(container, config, choices) {
        var part = section('successdesk-admin-general', AJS.I18n.getText('successdesk.admin.general.title'),
            AJS.I18n.getText('successdesk.admin.general.intro'));
        var form = part.form;
        var strict = !choices.truncated;
        var pickers = {
            supportProjectKeys: picker.create({id: 'successdesk-support-projects', values: config.supportProjectKeys,
                choices: projectChoices(choices), strict: strict,
                label: AJS.I18n.getText('successdesk.admin.general.support-projects')}),
            csmGroups: picker.create({id: 'successdesk-csm-groups', values: config.csmGroups, choices: groupChoices(choices),
                strict: strict, label: AJS.I18n.getText('successdesk.admin.general.csm-groups')}),
            viewerGroups: picker.create({id: 'successdesk-viewer-groups', values: config.viewerGroups,
                choices: groupChoices(choices), strict: strict, label: AJS.I18n.getText('successdesk.admin.general.viewer-groups')}),
            financialViewerGroups: picker.create({id: 'successdesk-financial-groups', values: config.financialViewerGroups,
                choices: groupChoices(choices), strict: strict,
                label: AJS.I18n.getText('successdesk.admin.general.financial-groups')})
        };
        var descriptions = {
            supportProjectKeys: AJS.I18n.getText('successdesk.admin.general.support-projects.description'),
            csmGroups: AJS.I18n.getText('successdesk.admin.general.csm-groups.description'),
            viewerGroups: AJS.I18n.getText('successdesk.admin.general.viewer-groups.description'),
            financialViewerGroups: AJS.I18n.getText('successdesk.admin.general.financial-groups.description')
        };
        var labels = {
            supportProjectKeys: AJS.I18n.getText('successdesk.admin.general.support-projects'),
            csmGroups: AJS.I18n.getText('successdesk.admin.general.csm-groups'),
            viewerGroups: AJS.I18n.getText('successdesk.admin.general.viewer-groups'),
            financialViewerGroups: AJS.I18n.getText('successdesk.admin.general.financial-groups')
        };
        Object.keys(pickers).forEach(function (field) {
            var group = fieldGroup(field, labels[field], pickers[field].element, descriptions[field]);
            group.querySelector('label').htmlFor = pickers[field].input.id;
            form.appendChild(group);
        });
        buttons(form, AJS.I18n.getText('successdesk.admin.save'), function () {
            var body = {revision: config.revision};
            Object.keys(pickers).forEach(function (field) {
                body[field] = pickers[field].values();
            });
            return rest.put('config', body).then(function (saved) {
                showErrors(form, {});
                var fresh = renderGeneral(container, saved, choices);
                showMessage(fresh.form, 'success', AJS.I18n.getText('successdesk.admin.saved'));
            }, function (error) {
                failure(form, error, reloadSection('config', function (fresh) {
                    renderGeneral(container, fresh, choices);
                }));
            });
        });
        replaceSection(container, part.node);
        return part;
    }

    /* ---- account matching, CTA issues, surveys (PUT config/automation) ---- */

    function defaultsTable(defaults, projects) {
        var wrapper = dom.el('div', 'successdesk-project-defaults');
        wrapper.id = 'successdesk-project-defaults';
        var list = dom.el('ul', 'successdesk-project-default-rows');
        function row(project, account) {
            var item = dom.el('li', 'successdesk-project-default');
            var select = dom.el('select', 'select successdesk-default-project');
            select.setAttribute('aria-label', AJS.I18n.getText('successdesk.admin.matching.default-project'));
            projects.forEach(function (choice) {
                var option = dom.el('option', null, choice.value + ' \u2013 ' + choice.text);
                option.value = choice.value;
                option.selected = choice.value === project;
                select.appendChild(option);
            });
            var input = textInput('', account, 'text short-field successdesk-default-account');
            input.removeAttribute('id');
            input.setAttribute('aria-label', AJS.I18n.getText('successdesk.admin.matching.default-account'));
            var remove = dom.button('aui-button-subtle', AJS.I18n.getText('successdesk.admin.remove'), function () {
                list.removeChild(item);
            });
            dom.append(item, select, input, remove);
            list.appendChild(item);
        }
        Object.keys(defaults).forEach(function (project) {
            row(project, defaults[project]);
        });
        var add = dom.button('successdesk-add-default', AJS.I18n.getText('successdesk.admin.matching.add-default'), function () {
            row(projects.length ? projects[0].value : '', '');
        });
        dom.append(wrapper, list, add);
        return {
            element: wrapper,
            values: function () {
                var result = {};
                list.querySelectorAll('li').forEach(function (item) {
                    result[item.querySelector('select').value] = item.querySelector('input').value.trim();
                });
                return result;
            }
        };
    }

    function renderAutomation(container, automation, choices) {
        var part = section('successdesk-admin-automation', AJS.I18n.getText('successdesk.admin.automation.title'),
            AJS.I18n.getText('successdesk.admin.automation.intro'));
        var form = part.form;
        var projects = projectChoices(choices);
        var field = textInput('successdesk-account-field', automation.accountCustomFieldId, 'text medium-field');
        field.placeholder = 'customfield_10200';
        form.appendChild(fieldGroup('accountCustomFieldId', AJS.I18n.getText('successdesk.admin.matching.account-field'), field,
            AJS.I18n.getText('successdesk.admin.matching.account-field.description')));
        var defaults = defaultsTable(automation.projectDefaultAccounts, projects);
        form.appendChild(fieldGroup('projectDefaultAccounts', AJS.I18n.getText('successdesk.admin.matching.defaults'),
            defaults.element, AJS.I18n.getText('successdesk.admin.matching.defaults.description')));

        var cta = automation.ctaProject || {};
        var fieldset = dom.el('fieldset', 'group successdesk-cta-project');
        var legend = dom.el('legend');
        legend.appendChild(dom.el('span', null, AJS.I18n.getText('successdesk.admin.cta.title')));
        fieldset.appendChild(legend);
        var enabled = dom.el('input', 'checkbox');
        enabled.type = 'checkbox';
        enabled.id = 'successdesk-cta-enabled';
        enabled.checked = Boolean(automation.ctaProject);
        var enabledBox = dom.el('div', 'checkbox');
        var enabledLabel = dom.el('label', null, AJS.I18n.getText('successdesk.admin.cta.enabled'));
        enabledLabel.htmlFor = enabled.id;
        dom.append(enabledBox, enabled, enabledLabel);
        fieldset.appendChild(enabledBox);
        var project = dom.el('select', 'select');
        project.id = 'successdesk-cta-project';
        projects.forEach(function (choice) {
            var option = dom.el('option', null, choice.value + ' \u2013 ' + choice.text);
            option.value = choice.value;
            option.selected = choice.value === cta.projectKey;
            project.appendChild(option);
        });
        var issueType = textInput('successdesk-cta-issue-type', cta.issueTypeId, 'text short-field');
        var runAs = textInput('successdesk-cta-run-as', cta.runAsUserKey, 'text medium-field');
        var ctaFields = dom.el('div', 'successdesk-cta-fields');
        dom.append(ctaFields,
            fieldGroup('ctaProject', AJS.I18n.getText('successdesk.admin.cta.project'), project),
            fieldGroup('ctaIssueType', AJS.I18n.getText('successdesk.admin.cta.issue-type'), issueType,
                AJS.I18n.getText('successdesk.admin.cta.issue-type.description')),
            fieldGroup('ctaRunAs', AJS.I18n.getText('successdesk.admin.cta.run-as'), runAs,
                AJS.I18n.getText('successdesk.admin.cta.run-as.description')));
        ctaFields.hidden = !enabled.checked;
        enabled.addEventListener('change', function () {
            ctaFields.hidden = !enabled.checked;
        });
        fieldset.appendChild(ctaFields);
        form.appendChild(fieldset);

        var survey = picker.create({id: 'successdesk-survey-projects', values: automation.surveyProjectKeys,
            choices: projects, strict: !choices.truncated, label: AJS.I18n.getText('successdesk.admin.survey.projects')});
        var surveyGroup = fieldGroup('surveyProjectKeys', AJS.I18n.getText('successdesk.admin.survey.projects'), survey.element,
            AJS.I18n.getText('successdesk.admin.survey.projects.description'));
        surveyGroup.querySelector('label').htmlFor = survey.input.id;
        form.appendChild(surveyGroup);

        buttons(form, AJS.I18n.getText('successdesk.admin.save'), function () {
            var body = {
                revision: automation.revision,
                accountCustomFieldId: field.value.trim() === '' ? null : field.value.trim(),
                projectDefaultAccounts: defaults.values(),
                ctaProject: enabled.checked ? {projectKey: project.value, issueTypeId: issueType.value.trim(),
                    runAsUserKey: runAs.value.trim()} : null,
                surveyProjectKeys: survey.values()
            };
            return rest.put('config/automation', body).then(function (saved) {
                var fresh = renderAutomation(container, saved, choices);
                showMessage(fresh.form, 'success', AJS.I18n.getText('successdesk.admin.saved'));
            }, function (error) {
                failure(form, error, reloadSection('config/automation', function (fresh) {
                    renderAutomation(container, fresh, choices);
                }));
            });
        });
        replaceSection(container, part.node);
        return part;
    }

    /* ---- health scorecard (GET/PUT scorecard, POST scorecard/preview) ---- */

    function scoreCell(health) {
        var cell = dom.el('td', 'successdesk-preview-health');
        if (health.score === null || health.score === undefined) {
            cell.appendChild(dom.el('span', 'successdesk-muted', AJS.I18n.getText('successdesk.panel.health.none')));
            return cell;
        }
        dom.append(cell, dom.el('span', 'successdesk-preview-score', format.number(health.score, 0)), ' ',
            dom.bandLozenge(health.band, texts.band(health.band)));
        return cell;
    }

    function previewTable(preview) {
        var table = dom.el('table', 'aui successdesk-preview-table');
        table.id = 'successdesk-scorecard-preview';
        var head = dom.el('thead');
        var headRow = dom.el('tr');
        PREVIEW_COLUMNS.forEach(function (column) {
            headRow.appendChild(dom.el('th', null, column));
        });
        head.appendChild(headRow);
        var bodyNode = dom.el('tbody');
        preview.accounts.forEach(function (line) {
            var row = dom.el('tr');
            row.setAttribute('data-account', line.accountKey);
            var reasons = line.draft.reasons.map(texts.measure).join(', ');
            dom.append(row, dom.el('td', null, line.accountName + ' (' + line.accountKey + ')'), scoreCell(line.current),
                scoreCell(line.draft), dom.el('td', 'successdesk-preview-reasons', reasons || '\u2013'));
            bodyNode.appendChild(row);
        });
        if (!preview.accounts.length) {
            var empty = dom.el('tr');
            var cell = dom.el('td', null, AJS.I18n.getText('successdesk.admin.scorecard.preview.none'));
            cell.colSpan = 4;
            empty.appendChild(cell);
            bodyNode.appendChild(empty);
        }
        dom.append(table, head, bodyNode);
        return table;
    }

    function numberInput(row, field, index) {
        var input = textInput('successdesk-measure-' + index + '-' + field, row[field], 'text successdesk-number');
        input.inputMode = 'decimal';
        input.setAttribute('data-measure-field', field);
        input.setAttribute('aria-label', texts.measure(row.id) + ' \u2013 ' + MEASURE_COLUMNS[field]);
        return input;
    }

    function renderScorecard(container, scorecard) {
        var part = section('successdesk-admin-scorecard', AJS.I18n.getText('successdesk.admin.scorecard.title'),
            AJS.I18n.getText('successdesk.admin.scorecard.intro'));
        var form = part.form;
        var rows = editor.rowsFrom(scorecard);
        form.appendChild(dom.el('p', 'successdesk-scorecard-version',
            AJS.I18n.getText('successdesk.admin.scorecard.version', scorecard.version)));

        var table = dom.el('table', 'aui successdesk-measures-table');
        table.id = 'successdesk-measures';
        var head = dom.el('tr');
        ['on', 'measure'].concat(editor.NUMBER_FIELDS).forEach(function (column) {
            head.appendChild(dom.el('th', null, MEASURE_COLUMNS[column]));
        });
        var headNode = dom.el('thead');
        headNode.appendChild(head);
        var bodyNode = dom.el('tbody');
        var rowNodes = [];
        rows.forEach(function (row, index) {
            var tr = dom.el('tr', row.on ? '' : 'successdesk-measure-off');
            tr.setAttribute('data-measure', row.id);
            var onCell = dom.el('td');
            var on = dom.el('input', 'checkbox');
            on.type = 'checkbox';
            on.checked = row.on;
            on.id = 'successdesk-measure-' + index + '-on';
            on.setAttribute('aria-label', AJS.I18n.getText('successdesk.admin.scorecard.turn-on', texts.measure(row.id)));
            on.addEventListener('change', function () {
                row.on = on.checked;
                tr.className = row.on ? '' : 'successdesk-measure-off';
                schedulePreview();
            });
            onCell.appendChild(on);
            var name = dom.el('td', 'successdesk-measure-name', texts.measure(row.id));
            if (row.id === REVENUE_MEASURE) {
                name.appendChild(dom.el('div', 'description', AJS.I18n.getText('successdesk.admin.scorecard.revenue-not-counted')));
            }
            dom.append(tr, onCell, name);
            editor.NUMBER_FIELDS.forEach(function (field) {
                var cell = dom.el('td');
                cell.setAttribute('data-cell', field);
                if (field !== 'validityDays' || row.manual) {
                    var input = numberInput(row, field, index);
                    input.addEventListener('input', function () {
                        row[field] = input.value;
                        schedulePreview();
                    });
                    cell.appendChild(input);
                }
                tr.appendChild(cell);
            });
            rowNodes.push(tr);
            bodyNode.appendChild(tr);
        });
        dom.append(table, headNode, bodyNode);
        var scroller = dom.el('div', 'successdesk-table-scroll');
        scroller.appendChild(table);
        form.appendChild(scroller);

        var amber = textInput('successdesk-amber-from', scorecard.amberFrom, 'text short-field');
        var green = textInput('successdesk-green-from', scorecard.greenFrom, 'text short-field');
        [amber, green].forEach(function (input) {
            input.addEventListener('input', schedulePreview);
        });
        var bands = dom.el('div', 'successdesk-bands');
        dom.append(bands,
            fieldGroup('amberFrom', AJS.I18n.getText('successdesk.admin.scorecard.amber-from'), amber),
            fieldGroup('greenFrom', AJS.I18n.getText('successdesk.admin.scorecard.green-from'), green,
                AJS.I18n.getText('successdesk.admin.scorecard.bands.description')));
        form.appendChild(bands);

        var previewBox = dom.el('div', 'successdesk-preview');
        previewBox.id = 'successdesk-preview';
        previewBox.setAttribute('aria-live', 'polite');
        var previewOn = textInput('successdesk-preview-accounts', '', 'text long-field');
        previewOn.addEventListener('input', schedulePreview);
        dom.append(form, dom.el('h3', null, AJS.I18n.getText('successdesk.admin.scorecard.preview.title')),
            dom.el('p', 'description', AJS.I18n.getText('successdesk.admin.scorecard.preview.description')),
            fieldGroup('accounts', AJS.I18n.getText('successdesk.admin.scorecard.preview.accounts'), previewOn,
                AJS.I18n.getText('successdesk.admin.scorecard.preview.accounts.description')), previewBox);

        function showRowErrors(placed) {
            rowNodes.forEach(function (tr, index) {
                tr.querySelectorAll('.successdesk-field-error').forEach(function (node) {
                    node.parentNode.removeChild(node);
                });
                var errors = placed.rows[index] || {};
                Object.keys(errors).forEach(function (field) {
                    var cell = tr.querySelector('[data-cell="' + field + '"]') || tr.lastChild;
                    var node = dom.el('div', 'error successdesk-field-error', errors[field]);
                    node.setAttribute('data-error-for', field);
                    cell.appendChild(node);
                });
            });
        }

        var timer = null;
        var sequence = 0;
        function schedulePreview() {
            window.clearTimeout(timer);
            timer = window.setTimeout(runPreview, PREVIEW_DELAY_MS);
        }

        function runPreview() {
            var draft = editor.draftFrom(rows, amber.value, green.value);
            var mine = ++sequence;
            previewBox.setAttribute('aria-busy', 'true');
            var body = editor.body(draft, {accounts: editor.previewAccounts(previewOn.value)});
            return rest.post('scorecard/preview', body).then(function (preview) {
                if (mine !== sequence) {
                    return;
                }
                showRowErrors({rows: {}});
                showErrors(form, {});
                while (previewBox.firstChild) {
                    previewBox.removeChild(previewBox.firstChild);
                }
                previewBox.appendChild(previewTable(preview));
                previewBox.setAttribute('data-preview-sequence', String(mine));
                previewBox.removeAttribute('aria-busy');
            }, function (error) {
                if (mine !== sequence) {
                    return;
                }
                var placed = editor.placeErrors(error.errors, draft);
                showErrors(form, placed.form);
                showRowErrors(placed);
                previewBox.removeAttribute('aria-busy');
            });
        }

        buttons(form, AJS.I18n.getText('successdesk.admin.scorecard.save'), function () {
            var draft = editor.draftFrom(rows, amber.value, green.value);
            return rest.put('scorecard', editor.body(draft, {basedOnVersion: scorecard.version})).then(function (saved) {
                var fresh = renderScorecard(container, saved);
                showMessage(fresh.form, 'success', AJS.I18n.getText('successdesk.admin.scorecard.saved', saved.version));
            }, function (error) {
                var placed = editor.placeErrors(error.errors, draft);
                failure(form, error, reloadSection('scorecard', function (fresh) {
                    renderScorecard(container, fresh);
                }), placed.form);
                showRowErrors(placed);
            });
        });
        replaceSection(container, part.node);
        runPreview();
        return part;
    }

    function start(root) {
        Promise.all([rest.get('config'), rest.get('config/automation'), rest.get('config/choices'), rest.get('scorecard'),
            rest.get('backfill'), rest.get('config/survey'), rest.get('cta-rules'), rest.get('config/tiers')])
            .then(function (results) {
                while (root.firstChild) {
                    root.removeChild(root.firstChild);
                }
                renderGeneral(root, results[0], results[2]);
                renderAutomation(root, results[1], results[2]);
                renderScorecard(root, results[3]);
                tiers.render(root, results[7]);
                ctaRules.render(root, results[6]);
                survey.render(root, results[5]);
                backfill.render(root, results[4], results[0].supportProjectKeys, results[2]);
                unmatched.render(root);
                audit.render(root);
                root.setAttribute('data-successdesk-ready', 'true');
            }, function (error) {
                while (root.firstChild) {
                    root.removeChild(root.firstChild);
                }
                root.appendChild(dom.message('error', AJS.I18n.getText('successdesk.admin.load-error', error.message)));
            });
    }

    return {start: start};
});

require(['successdesk/admin-page'], function (page) {
    'use strict';
    AJS.$(function () {
        var root = document.getElementById('successdesk-admin-root');
        if (root) {
            page.start(root);
        }
    });
});
