/*
 * Admin page section "Survey page": the company name the public survey page and its mail show, and the reverse
 * proxies whose X-Forwarded-For the page's rate limits believe (PUT config/survey).
 */
define('successdesk/admin-survey', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/admin-form'],
function (rest, dom, forms) {
    'use strict';

    /** The addresses typed one per line (or separated by commas or spaces), blanks left out. */
    function addresses(text) {
        return text.split(/[\s,]+/).filter(function (address) {
            return address !== '';
        });
    }

    function render(container, survey) {
        var part = forms.section('successdesk-admin-survey', AJS.I18n.getText('successdesk.admin.survey.title'),
            AJS.I18n.getText('successdesk.admin.survey.intro'));
        var form = part.form;
        var company = forms.textInput('successdesk-survey-company', survey.companyName, 'text long-field');
        company.maxLength = 100;
        form.appendChild(forms.fieldGroup('companyName', AJS.I18n.getText('successdesk.admin.survey.company'), company,
            AJS.I18n.getText('successdesk.admin.survey.company.description')));
        var proxies = dom.el('textarea', 'textarea long-field');
        proxies.id = 'successdesk-survey-proxies';
        proxies.rows = 3;
        proxies.value = survey.trustedProxies.join('\n');
        form.appendChild(forms.fieldGroup('trustedProxies', AJS.I18n.getText('successdesk.admin.survey.proxies'), proxies,
            AJS.I18n.getText('successdesk.admin.survey.proxies.description')));
        var lifetime = forms.textInput('successdesk-survey-lifetime', survey.linkLifetimeDays, 'text short-field');
        lifetime.type = 'number';
        lifetime.min = '1';
        lifetime.max = '90';
        form.appendChild(forms.fieldGroup('linkLifetimeDays', AJS.I18n.getText('successdesk.admin.survey.lifetime'), lifetime,
            AJS.I18n.getText('successdesk.admin.survey.lifetime.description')));
        forms.buttons(form, AJS.I18n.getText('successdesk.admin.save'), function () {
            var body = {revision: survey.revision, companyName: company.value.trim() === '' ? null : company.value.trim(),
                trustedProxies: addresses(proxies.value),
                linkLifetimeDays: lifetime.value.trim() === '' ? null : Number(lifetime.value)};
            return rest.put('config/survey', body).then(function (saved) {
                var fresh = render(container, saved);
                forms.showMessage(fresh.form, 'success', AJS.I18n.getText('successdesk.admin.saved'));
            }, function (error) {
                forms.failure(form, error, forms.reloadSection('config/survey', function (fresh) {
                    render(container, fresh);
                }));
            });
        });
        forms.replaceSection(container, part.node);
        return part;
    }

    return {render: render, addresses: addresses};
});
