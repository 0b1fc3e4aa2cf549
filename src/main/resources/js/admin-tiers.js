/*
 * Admin page section "Account tiers": the tiers accounts may have, in the order lists and filters offer them
 * (PUT config/tiers). A tier that accounts still have cannot be removed; the server says which and how many.
 */
define('successdesk/admin-tiers', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/admin-form'],
function (rest, dom, forms) {
    'use strict';

    /** The tier names typed one per line, trimmed, blank lines left out. */
    function names(text) {
        return text.split('\n').map(function (line) {
            return line.trim();
        }).filter(function (name) {
            return name !== '';
        });
    }

    function render(container, config) {
        var part = forms.section('successdesk-admin-tiers', AJS.I18n.getText('successdesk.admin.tiers.title'),
            AJS.I18n.getText('successdesk.admin.tiers.intro'));
        var form = part.form;
        var list = dom.el('textarea', 'textarea long-field');
        list.id = 'successdesk-tiers';
        list.rows = Math.max(3, config.tiers.length + 1);
        list.value = config.tiers.join('\n');
        form.appendChild(forms.fieldGroup('tiers', AJS.I18n.getText('successdesk.admin.tiers.list'), list,
            AJS.I18n.getText('successdesk.admin.tiers.list.description')));
        forms.buttons(form, AJS.I18n.getText('successdesk.admin.save'), function () {
            return rest.put('config/tiers', {revision: config.revision, tiers: names(list.value)}).then(function (saved) {
                var fresh = render(container, saved);
                forms.showMessage(fresh.form, 'success', AJS.I18n.getText('successdesk.admin.saved'));
            }, function (error) {
                forms.failure(form, error, forms.reloadSection('config/tiers', function (fresh) {
                    render(container, fresh);
                }));
            });
        });
        forms.replaceSection(container, part.node);
        return part;
    }

    return {render: render, names: names};
});
