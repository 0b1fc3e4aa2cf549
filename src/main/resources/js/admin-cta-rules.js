/*
 * Admin page section "Calls to action": which rules are on and their thresholds (PUT cta-rules), saved from the version read;
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

    /** Every rule by its reason, in the order the rules run (literal keys: jsI18n). */
    function reasons() {
        return [
            {reason: 'entered-red', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.entered-red')},
            {reason: 'score-drop', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.score-drop')},
            {reason: 'low-csat', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.low-csat')},
            {reason: 'renewal-at-risk', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.renewal-at-risk')},
            {reason: 'green-expansion', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.green-expansion')},
            {reason: 'promoter', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.promoter')},
            {reason: 'usage-growth', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.usage-growth')},
            {reason: 'renewal-90', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.renewal-90')},
            {reason: 'renewal-60', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.renewal-60')},
            {reason: 'renewal-30', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.renewal-30')},
            {reason: 'onboarding-overdue', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.onboarding-overdue')},
            {reason: 'no-touchpoint', label: AJS.I18n.getText('successdesk.admin.cta-rules.rule.no-touchpoint')}
        ];
    }

    /** A checkbox per rule, ticked when it is on; returns the fieldset and a function answering the reasons turned off. */
    function ruleSwitches(turnedOff) {
        var fieldset = dom.el('fieldset', 'group successdesk-cta-rule-switches');
        fieldset.setAttribute('data-field', 'turnedOff');
        var legend = dom.el('legend');
        legend.appendChild(dom.el('span', null, AJS.I18n.getText('successdesk.admin.cta-rules.on')));
        fieldset.appendChild(legend);
        var boxes = reasons().map(function (rule) {
            var box = dom.el('input', 'checkbox');
            box.type = 'checkbox';
            box.id = 'successdesk-cta-rule-on-' + rule.reason;
            box.value = rule.reason;
            box.checked = (turnedOff || []).indexOf(rule.reason) < 0;
            var label = dom.el('label', null, rule.label);
            label.htmlFor = box.id;
            fieldset.appendChild(dom.append(dom.el('div', 'checkbox'), box, label));
            return box;
        });
        return {
            node: fieldset,
            turnedOff: function () {
                return boxes.filter(function (box) { return !box.checked; }).map(function (box) { return box.value; });
            }
        };
    }

    function render(container, rules) {
        var part = forms.section('successdesk-admin-cta-rules', AJS.I18n.getText('successdesk.admin.cta-rules.title'),
            AJS.I18n.getText('successdesk.admin.cta-rules.intro'));
        var form = part.form;
        var inputs = {};
        var all = fields();
        var switches = ruleSwitches(rules.turnedOff);
        form.appendChild(switches.node);
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
            var body = {version: rules.version, turnedOff: switches.turnedOff()};
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
