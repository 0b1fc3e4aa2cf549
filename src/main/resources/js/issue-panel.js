/*
 * SuccessDesk issue panel: fills the server-rendered placeholder. Plain AMD module for Jira's loader; the DOM is
 * built with textContent only, never innerHTML with data.
 */
define('successdesk/issue-panel', ['jquery'], function ($) {
    'use strict';

    var PANEL_SELECTOR = '.successdesk-panel[data-successdesk-issue-key]';

    function message(container, text) {
        var paragraph = document.createElement('p');
        paragraph.className = 'successdesk-panel-message';
        paragraph.textContent = text;
        container.replaceChildren(paragraph);
    }

    function render(container) {
        if (container.getAttribute('data-successdesk-rendered') === 'true') {
            return;
        }
        container.setAttribute('data-successdesk-rendered', 'true');
        message(container, AJS.I18n.getText('successdesk.panel.unavailable'));
    }

    function renderAll(root) {
        $(root || document).find(PANEL_SELECTOR).each(function () {
            render(this);
        });
    }

    return {
        render: render,
        renderAll: renderAll
    };
});

require(['successdesk/issue-panel'], function (panel) {
    'use strict';
    AJS.$(function () {
        panel.renderAll(document);
    });
    if (typeof JIRA !== 'undefined' && JIRA.bind && JIRA.Events) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function (event, context) {
            panel.renderAll(context);
        });
    }
});
