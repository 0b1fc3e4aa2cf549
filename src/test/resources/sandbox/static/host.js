/*
 * What Jira's own page scripts add after AUI, before any app script runs, and nothing more: the i18n texts (Jira's
 * jsI18n transformer inlines them at serve time; here AUI's own AJS.I18n.getText reads them from the app's
 * properties file), the 'jquery' AMD module and WRM's 'wrm/context-path' module (the context path from the page's
 * meta tag), and the toggling of collapsible issue-view modules (.toggle-wrap) that Jira's issue view does. No
 * SuccessDesk logic.
 */
(function (window, $) {
    'use strict';
    var contextPath = document.querySelector('meta[name="ajs-context-path"]').getAttribute('content');
    window.AJS.I18n.keys = window.SANDBOX_I18N || {};
    window.define('jquery', [], function () {
        return $;
    });
    window.define('wrm/context-path', [], function () {
        return function () {
            return contextPath;
        };
    });
    $(document).on('click', '.toggle-wrap > .mod-header .toggle-title', function () {
        var module = $(this).closest('.toggle-wrap');
        module.toggleClass('collapsed');
        module.find('> .mod-header button.toggle-title').attr('aria-expanded', String(!module.hasClass('collapsed')));
    });
}(window, window.jQuery));
