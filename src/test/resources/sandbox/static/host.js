/*
 * What a Jira page provides to the app's scripts, and nothing more: AJS.$, AJS.contextPath, AJS.I18n.getText
 * (Jira's jsI18n transformer inlines the texts at serve time; here they come from the app's own properties file),
 * and the 'jquery' AMD module. No SuccessDesk logic lives here.
 */
(function (window, $) {
    'use strict';
    var messages = window.SANDBOX_I18N || {};
    var contextPath = document.querySelector('meta[name="ajs-context-path"]').getAttribute('content');

    function format(text, args) {
        return text.replace(/\{(\d+)\}/g, function (match, index) {
            return args[index] !== undefined ? String(args[index]) : match;
        });
    }

    window.AJS = {
        $: $,
        contextPath: function () {
            return contextPath;
        },
        I18n: {
            getText: function (key) {
                var text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
                return format(text, Array.prototype.slice.call(arguments, 1));
            }
        }
    };
    define('jquery', [], function () {
        return $;
    });
}(window, window.jQuery));
