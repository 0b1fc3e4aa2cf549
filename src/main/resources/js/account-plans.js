/*
 * SuccessDesk success plans on the account page: each plan with its objectives and tasks, and for CSMs the changes
 * the server allows from where each one is (the plan's and objectives' `transitions`): create a plan from a playbook
 * template, edit a plan's title, owner and dates, move a plan or an objective, add an objective or a task, complete or
 * reopen a task. Every change sends the plan's version;
 * a 409 (someone else changed the plan) is said in words with a reload, never silently overwritten.
 */
define('successdesk/account-plans', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/texts', 'successdesk/form-dialog'],
function (rest, dom, format, texts, formDialog) {
    'use strict';

    var el = dom.el;

    function planPath(plan) {
        return 'plans/' + encodeURIComponent(plan.id);
    }

    function planActionText(status) {
        switch (status) {
            case 'active': return AJS.I18n.getText('successdesk.plan.action.activate');
            case 'completed': return AJS.I18n.getText('successdesk.plan.action.complete');
            default: return AJS.I18n.getText('successdesk.plan.action.cancel');
        }
    }

    function objectiveActionText(status) {
        switch (status) {
            case 'in-progress': return AJS.I18n.getText('successdesk.objective.action.start');
            case 'achieved': return AJS.I18n.getText('successdesk.objective.action.achieved');
            default: return AJS.I18n.getText('successdesk.objective.action.missed');
        }
    }

    /** Runs a change of one plan; on failure the reason is shown in the plan's card (a 409 with a reload button). */
    function change(card, request, reload) {
        var message = card.querySelector('.successdesk-plan-message');
        message.replaceChildren();
        card.setAttribute('aria-busy', 'true');
        return request().then(reload, function (failure) {
            card.removeAttribute('aria-busy');
            if (failure && failure.status === 409) {
                message.appendChild(dom.append(dom.message('warning', AJS.I18n.getText('successdesk.plan.conflict')),
                    dom.button('aui-button successdesk-plan-reload', AJS.I18n.getText('successdesk.plan.reload'), reload)));
            } else {
                message.appendChild(dom.message('error', (failure && failure.message)
                    || AJS.I18n.getText('successdesk.account.error')));
            }
        });
    }

    /** The plan's owner: the account's CSM, or the CSM creating it when the account has none. */
    function fromTemplate(account, me, reload) {
        rest.get('plan-templates').then(function (answer) {
            var templates = answer.items || [];
            if (!templates.length) {
                formDialog.open({title: AJS.I18n.getText('successdesk.plan.new'), intro: AJS.I18n.getText('successdesk.plan.no-templates'),
                    submitText: AJS.I18n.getText('successdesk.dialog.cancel'), cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
                    fields: [], save: function () {
                        return Promise.resolve();
                    }, onSaved: function () {}});
                return;
            }
            formDialog.open({
                title: AJS.I18n.getText('successdesk.plan.new'),
                intro: AJS.I18n.getText('successdesk.plan.new.intro', account.name),
                submitText: AJS.I18n.getText('successdesk.plan.create'),
                cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
                fields: [
                    {name: 'templateId', label: AJS.I18n.getText('successdesk.plan.template'), type: 'select',
                        value: templates[0].id, options: templates.map(function (template) {
                            return {value: template.id, label: template.name};
                        })},
                    {name: 'startDate', label: AJS.I18n.getText('successdesk.plan.start'), type: 'date', required: true,
                        value: new Date(format.localToday()).toISOString().slice(0, 10)},
                    {name: 'activate', label: AJS.I18n.getText('successdesk.plan.start-as'), type: 'select', value: 'true',
                        options: [{value: 'true', label: texts.planStatus('active')}, {value: 'false', label: texts.planStatus('draft')}]}
                ],
                save: function (values) {
                    return rest.post('accounts/' + encodeURIComponent(account.key) + '/plans/from-template',
                        {templateId: values.templateId, owner: account.csmUserKey || me.userKey,
                            startDate: values.startDate, activate: values.activate === 'true'});
                },
                onSaved: reload
            });
        });
    }

    /** Refused as stale: said in the dialog, which keeps what was typed. */
    function withConflictSaid(request) {
        return request.catch(function (failure) {
            if (failure && failure.status === 409) {
                throw {message: AJS.I18n.getText('successdesk.plan.conflict'), errors: {}};
            }
            throw failure;
        });
    }

    /** A new objective, owned like its plan; due by default when the plan's target is. */
    function addObjective(plan, reload) {
        formDialog.open({
            title: AJS.I18n.getText('successdesk.plan.objective.add.title', plan.title),
            submitText: AJS.I18n.getText('successdesk.plan.objective.add'),
            cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
            fields: [
                {name: 'title', label: AJS.I18n.getText('successdesk.plan.objective.title'), required: true},
                {name: 'successCriteria', label: AJS.I18n.getText('successdesk.plan.objective.criteria'), type: 'textarea'},
                {name: 'dueDate', label: AJS.I18n.getText('successdesk.plan.task.due'), type: 'date', required: true,
                    value: plan.targetDate}
            ],
            save: function (values) {
                return withConflictSaid(rest.post(planPath(plan) + '/objectives', {version: plan.version, title: values.title,
                    successCriteria: values.successCriteria || null, dueDate: values.dueDate, owner: plan.owner}));
            },
            onSaved: reload
        });
    }

    /** Title, owner and dates of a draft or active plan (PUT plans/{id}); errors show under their field. */
    function editPlan(plan, reload) {
        formDialog.open({
            title: AJS.I18n.getText('successdesk.plan.edit.title', plan.title),
            submitText: AJS.I18n.getText('successdesk.account.save'),
            cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
            fields: [
                {name: 'title', label: AJS.I18n.getText('successdesk.plan.title'), required: true, value: plan.title},
                {name: 'owner', label: AJS.I18n.getText('successdesk.plan.owner'), required: true, value: plan.owner},
                {name: 'startDate', label: AJS.I18n.getText('successdesk.plan.start'), type: 'date', required: true,
                    value: plan.startDate},
                {name: 'targetDate', label: AJS.I18n.getText('successdesk.plan.target'), type: 'date', required: true,
                    value: plan.targetDate}
            ],
            save: function (values) {
                return withConflictSaid(rest.put(planPath(plan), {version: plan.version, title: values.title,
                    owner: values.owner, startDate: values.startDate, targetDate: values.targetDate}));
            },
            onSaved: reload
        });
    }

    function addTask(plan, reload) {
        formDialog.open({
            title: AJS.I18n.getText('successdesk.plan.task.add.title', plan.title),
            submitText: AJS.I18n.getText('successdesk.plan.task.add'),
            cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
            fields: [
                {name: 'title', label: AJS.I18n.getText('successdesk.plan.task.title'), required: true},
                {name: 'dueDate', label: AJS.I18n.getText('successdesk.plan.task.due'), type: 'date', required: true,
                    value: plan.targetDate}
            ],
            save: function (values) {
                return withConflictSaid(rest.post(planPath(plan) + '/tasks',
                    {version: plan.version, title: values.title, dueDate: values.dueDate}));
            },
            onSaved: reload
        });
    }

    function objectiveItem(plan, objective, card, canEdit, reload) {
        var item = dom.attrs(el('li', 'successdesk-plan-objective'), {'data-successdesk-objective-id': String(objective.id)});
        item.appendChild(el('span', null, AJS.I18n.getText('successdesk.account.objective', objective.title,
            texts.objectiveStatus(objective.status), format.date(objective.dueDate))));
        if (canEdit) {
            (objective.transitions || []).forEach(function (status) {
                item.appendChild(dom.button('aui-button aui-button-link successdesk-objective-' + status,
                    objectiveActionText(status), function () {
                        change(card, function () {
                            return rest.post(planPath(plan) + '/objectives/' + objective.id + '/transition',
                                {version: plan.version, status: status});
                        }, reload);
                    }));
            });
        }
        return item;
    }

    function taskItem(plan, task, card, canEdit, reload) {
        var id = 'successdesk-task-' + plan.id + '-' + task.id;
        var box = dom.attrs(el('input', 'checkbox successdesk-task-done'), {type: 'checkbox', id: id});
        box.checked = task.done;
        box.disabled = !canEdit || plan.status === 'completed' || plan.status === 'cancelled';
        box.addEventListener('change', function () {
            change(card, function () {
                return rest.post(planPath(plan) + '/tasks/' + task.id + (box.checked ? '/complete' : '/reopen'),
                    {version: plan.version});
            }, reload);
        });
        var label = dom.attrs(el('label', task.done ? 'successdesk-task-closed' : null,
            AJS.I18n.getText('successdesk.panel.task.due', task.title, format.date(task.dueDate))), {'for': id});
        return dom.append(dom.attrs(el('li', 'successdesk-plan-task'), {'data-successdesk-task-id': String(task.id)}),
            box, ' ', label);
    }

    function card(plan, canEdit, reload) {
        var article = dom.attrs(el('article', 'successdesk-plan'), {'data-successdesk-plan-id': plan.id});
        var heading = dom.append(el('h3'), plan.title, ' ',
            el('span', 'aui-lozenge aui-lozenge-subtle successdesk-plan-status', texts.planStatus(plan.status)));
        dom.append(article, heading, el('p', 'successdesk-plan-dates', AJS.I18n.getText('successdesk.account.plan.dates',
            format.date(plan.startDate), format.date(plan.targetDate))), el('div', 'successdesk-plan-message'));
        if (canEdit) {
            var actions = el('div', 'aui-buttons successdesk-plan-actions');
            (plan.transitions || []).forEach(function (status) {
                actions.appendChild(dom.button('aui-button successdesk-plan-' + status, planActionText(status), function () {
                    change(article, function () {
                        return rest.post(planPath(plan) + '/transition', {version: plan.version, status: status});
                    }, reload);
                }));
            });
            if (plan.status === 'draft' || plan.status === 'active') {
                actions.appendChild(dom.button('aui-button successdesk-plan-edit', AJS.I18n.getText('successdesk.plan.edit'),
                    function () {
                        editPlan(plan, reload);
                    }));
                actions.appendChild(dom.button('aui-button successdesk-plan-add-objective',
                    AJS.I18n.getText('successdesk.plan.objective.add'), function () {
                        addObjective(plan, reload);
                    }));
                actions.appendChild(dom.button('aui-button successdesk-plan-add-task', AJS.I18n.getText('successdesk.plan.task.add'),
                    function () {
                        addTask(plan, reload);
                    }));
            }
            article.appendChild(actions);
        }
        var objectives = el('ul', 'successdesk-plan-objectives');
        (plan.objectives || []).forEach(function (objective) {
            objectives.appendChild(objectiveItem(plan, objective, article, canEdit, reload));
        });
        var tasks = el('ul', 'successdesk-plan-tasks');
        (plan.tasks || []).slice().sort(function (a, b) {
            return (a.done - b.done) || a.dueDate.localeCompare(b.dueDate);
        }).forEach(function (task) {
            tasks.appendChild(taskItem(plan, task, article, canEdit, reload));
        });
        return dom.append(article, objectives.childNodes.length ? objectives : null, tasks.childNodes.length ? tasks : null);
    }

    /** The section: a card per plan, and for CSMs the button to start one from a template. */
    function section(block, account, me, plans, canEdit, reload) {
        if (canEdit) {
            block.appendChild(dom.button('aui-button successdesk-plan-new', AJS.I18n.getText('successdesk.plan.new'), function () {
                fromTemplate(account, me, reload);
            }));
        }
        if (!plans.length) {
            block.appendChild(el('p', 'successdesk-empty', AJS.I18n.getText('successdesk.account.no-plans')));
        }
        plans.forEach(function (plan) {
            block.appendChild(card(plan, canEdit, reload));
        });
        return block;
    }

    return {section: section};
});
