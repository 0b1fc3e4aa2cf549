/*
 * Admin page section "Ticket history": rebuilds the ticket ledger of chosen support projects from Jira's issues
 * (POST backfill) and shows how far the rebuild is (GET backfill), asking again every few seconds while it runs. The
 * daily job's worker does the work, so leaving the page does not stop it.
 */
define('successdesk/admin-backfill', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/admin-form', 'successdesk/multi-picker'],
function (rest, dom, format, forms, picker) {
    'use strict';

    var POLL_MS = 5000;

    function statusLozenge(progress) {
        var running = progress.state === 'running';
        var lozenge = dom.el('span', 'aui-lozenge ' + (running ? 'aui-lozenge-inprogress' : 'aui-lozenge-success'),
            running ? AJS.I18n.getText('successdesk.admin.backfill.running')
                : AJS.I18n.getText('successdesk.admin.backfill.finished'));
        lozenge.id = 'successdesk-backfill-state';
        return lozenge;
    }

    /** Determinate once the job has counted the issues (its share read), indeterminate until then. */
    function progressBar(progress) {
        var bar = dom.el('div', 'aui-progress-indicator');
        var value = dom.el('span', 'aui-progress-indicator-value');
        if (progress.total > 0) {
            var share = Math.min(1, progress.processed / progress.total);
            bar.setAttribute('data-value', String(share));
            bar.setAttribute('role', 'progressbar');
            bar.setAttribute('aria-valuemin', '0');
            bar.setAttribute('aria-valuemax', String(progress.total));
            bar.setAttribute('aria-valuenow', String(Math.min(progress.processed, progress.total)));
            bar.setAttribute('aria-label', AJS.I18n.getText('successdesk.admin.backfill.title'));
            value.style.width = (share * 100).toFixed(1) + '%';
        } else {
            bar.setAttribute('aria-hidden', 'true');
        }
        bar.appendChild(value);
        return bar;
    }

    function statusBlock(progress) {
        var block = dom.el('div', 'successdesk-backfill-status');
        block.setAttribute('role', 'status');
        if (progress.state === 'never-run') {
            block.appendChild(dom.el('p', null, AJS.I18n.getText('successdesk.admin.backfill.never-run')));
            return block;
        }
        var counts = dom.el('p', 'successdesk-backfill-counts', progress.total > 0
            ? AJS.I18n.getText('successdesk.admin.backfill.counts-of', format.number(progress.processed, 0),
                format.number(progress.total, 0), format.number(progress.recorded, 0))
            : AJS.I18n.getText('successdesk.admin.backfill.counts', format.number(progress.processed, 0),
                format.number(progress.recorded, 0)));
        block.appendChild(dom.append(dom.el('p'), statusLozenge(progress), document.createTextNode(' '),
            dom.el('span', null, progress.projects.join(', '))));
        if (progress.state === 'running') {
            block.appendChild(progressBar(progress));
            if (progress.currentProject) {
                block.appendChild(dom.el('p', null,
                    AJS.I18n.getText('successdesk.admin.backfill.current', progress.currentProject)));
            }
        }
        block.appendChild(counts);
        if (progress.state === 'running' && progress.secondsLeft !== null && progress.secondsLeft !== undefined) {
            block.appendChild(dom.el('p', 'successdesk-backfill-left', AJS.I18n.getText('successdesk.admin.backfill.left',
                format.duration(progress.secondsLeft))));
        }
        if (progress.failed > 0) {
            block.appendChild(dom.message('warning', AJS.I18n.getText('successdesk.admin.backfill.problems',
                format.number(progress.failed, 0), progress.lastProblem || '')));
        }
        block.appendChild(dom.el('p', 'description', AJS.I18n.getText('successdesk.admin.backfill.started',
            progress.startedBy || '', progress.startedAt ? format.dateTime(progress.startedAt) : '',
            progress.updatedAt ? format.dateTime(progress.updatedAt) : '')));
        return block;
    }

    function render(container, progress, supportProjects, choices) {
        var part = forms.section('successdesk-admin-backfill', AJS.I18n.getText('successdesk.admin.backfill.title'),
            AJS.I18n.getText('successdesk.admin.backfill.intro'));
        var form = part.form;
        var status = statusBlock(progress);
        form.insertBefore(status, form.firstChild);
        var projects = picker.create({id: 'successdesk-backfill-projects',
            values: progress.state === 'running' ? progress.projects : supportProjects,
            choices: choices.projects.map(function (project) {
                return {value: project.key, text: project.name};
            }),
            strict: !choices.truncated, label: AJS.I18n.getText('successdesk.admin.backfill.projects')});
        var group = forms.fieldGroup('projects', AJS.I18n.getText('successdesk.admin.backfill.projects'), projects.element,
            AJS.I18n.getText('successdesk.admin.backfill.projects.description'));
        group.querySelector('label').htmlFor = projects.input.id;
        form.appendChild(group);
        var start = forms.buttons(form, AJS.I18n.getText('successdesk.admin.backfill.start'), function () {
            return rest.post('backfill', {projects: projects.values()}).then(function (started) {
                render(container, started, supportProjects, choices);
            }, function (error) {
                forms.failure(form, error, null);
            });
        });
        start.disabled = progress.state === 'running';
        forms.replaceSection(container, part.node);
        if (progress.state === 'running') {
            window.setTimeout(function () {
                if (document.body.contains(part.node)) {
                    rest.get('backfill').then(function (fresh) {
                        render(container, fresh, supportProjects, choices);
                    });
                }
            }, POLL_MS);
        }
        return part;
    }

    return {render: render};
});
