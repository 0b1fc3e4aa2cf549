/*
 * SuccessDesk account pages: the servlet's shell says which view (the list, one account, or not found); this fills it.
 * The caller's capabilities come from GET /me, so the pages offer only what the server would allow.
 */
define('successdesk/account-pages', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/account-list',
    'successdesk/account-view'], function (rest, dom, accountList, accountView) {
    'use strict';

    function render(container) {
        var view = container.getAttribute('data-successdesk-view');
        if (view === 'not-found') {
            container.replaceChildren(dom.message('warning', AJS.I18n.getText('successdesk.account.not-found')));
            container.setAttribute('data-successdesk-loaded', 'not-found');
            return Promise.resolve();
        }
        container.replaceChildren(dom.el('p', 'successdesk-loading', AJS.I18n.getText('successdesk.accounts.loading')));
        return rest.get('me').then(function (me) {
            return view === 'account'
                ? accountView.render(container, me, container.getAttribute('data-successdesk-account-key'))
                : accountList.render(container, me);
        }, function () {
            container.replaceChildren(dom.message('error', AJS.I18n.getText('successdesk.accounts.error')));
        });
    }

    return {render: render};
});

require(['successdesk/account-pages'], function (pages) {
    'use strict';
    AJS.$(function () {
        var container = document.getElementById('successdesk-account-pages');
        if (container) {
            pages.render(container);
        }
    });
});
