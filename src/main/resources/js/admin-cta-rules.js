/*
 * Admin page section "Calls to action": the thresholds of the CTA rules (PUT cta-rules), saved from the version read;
 * a 409 (someone else saved meanwhile) shows with a reload button. The next refresh of each account applies them.
 */
define('successdesk/admin-cta-rules', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/admin-form'],
function (rest, dom, forms) {
    'use strict';

    /** The fields in the order the page shows them, with the bounds the server checks (literal keys: jsI18n). */
    function fields() {
        return [
            {name: 'scoreDropPoints', min: 1, max: 100, label: AJS.I18n.getText('successdesk.admin.cta-rules.scoreDropPoints'),
                description: AJS.I18n.getText('successdesk.admin.cta-rules.scoreDropPoints.description')},
            {name: 'scoreDropDays', min: 1, max: 3650, label: AJS.I18n.getText('successdesk.admin.cta-rules.scoreDropDays'),
                description: AJS.I18n.getText('successdesk.admin.cta-rules.scoreDropDays.description')},
            {name: 'lowCsatMaxRating', min: 1, max: 3, label: AJS.I18n.getText('successdesk.admin.cta-rules.lowCsatMaxRating'),
                description: AJS.I18n.getText('successdesk.admin.cta-rules.lowCsatMaxRating.description')},
            {name: 'csatLookbackDays', min: 1, max: 3650, label: AJS.I18n.getText('successdesk.admin.cta-rules.csatLookbackDays'),
                description: AJS.I18n.getText('successdesk.admin.cta-rules.csatLookbackDays.description')},
            {name: 'renewalAtRiskDays', min: 1, max: 3650, label: AJS.I18n.getText('successdesk.admin.cta-rules.renewalAtRiskDays'),
                description: AJS.I18n.getText('successdesk.admin.cta-rules.renewalAtRiskDays.description')},
            {name: 'noTouchpointDays', min: 1, max: 3650, label: AJS.I18n.getText('successdesk.admin.cta-rules.noTouchpointDays'),
                description: AJS.I18n.getText('successdesk.admin.cta-rules.noTouchpointDays.description')},
            {name: 'promoterLookbackDays', min: 1, max: 3650,
                label: AJS.I18n.getText('successdesk.admin.cta-rules.promoterLookbackDays'),
                description: AJS.I18n.getText('successdesk.admin.cta-rules.promoterLookbackDays.description')},
            {name: 'usageGrowthPercent', min: 0.1, max: 1000, step: '0.1',
                label: AJS.I18n.getText('successdesk.admin.cta-rules.usageGrowthPercent'),
                description: AJS.I18n.getText('successdesk.admin.cta-rules.usageGrowthPercent.description')}
        ];
    }

    function render(container, rules) {
        var part = forms.section('successdesk-admin-cta-rules', AJS.I18n.getText('successdesk.admin.cta-rules.title'),
            AJS.I18n.getText('successdesk.admin.cta-rules.intro'));
        var form = part.form;
        var inputs = {};
        var all = fields();
        all.forEach(function (field) {
            var input = forms.textInput('successdesk-cta-rule-' + field.name, rules[field.name], 'text short-field');
            input.type = 'number';
            input.min = String(field.min);
            input.max = String(field.max);
            input.step = field.step || '1';
            inputs[field.name] = input;
            form.appendChild(forms.fieldGroup(field.name, field.label, input, field.description));
        });
        forms.buttons(form, AJS.I18n.getText('successdesk.admin.save'), function () {
            var body = {version: rules.version};
            all.forEach(function (field) {
                var text = inputs[field.name].value.trim();
                body[field.name] = text === '' ? null : Number(text);
            });
            return rest.put('cta-rules', body).then(function (saved) {
                var fresh = render(container, saved);
                forms.showMessage(fresh.form, 'success', AJS.I18n.getText('successdesk.admin.saved'));
            }, function (error) {
                forms.failure(form, error, forms.reloadSection('cta-rules', function (fresh) {
                    render(container, fresh);
                }));
            });
        });
        forms.replaceSection(container, part.node);
        return part;
    }

    return {render: render};
});
