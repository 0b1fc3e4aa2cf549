/*
 * The sandbox's stand-in for Jira's dashboard item container: for each item frame it loads the item's AMD module,
 * creates it with the API Jira gives dashboard items, and calls render (or renderEdit from the frame's Edit button).
 * Preferences are kept per user and item by the sandbox (/jira/sandbox/dashboard/preferences/ITEM). No app logic.
 */
(function (window, $) {
    'use strict';
    var contextPath = document.querySelector('meta[name="ajs-context-path"]').getAttribute('content');

    function preferencesUrl(key) {
        return contextPath + '/sandbox/dashboard/preferences/' + encodeURIComponent(key);
    }

    function mount(frame) {
        var key = frame.getAttribute('data-item-key');
        var content = $(frame).find('.dashboard-item-content');
        var loading = frame.querySelector('.sandbox-gadget-loading');
        var state = {preferences: {}, item: null, refresh: null};

        function render() {
            frame.setAttribute('data-mode', 'view');
            content.empty();
            state.item.render(content, state.preferences);
        }

        var api = {
            getGadgetId: function () {
                return key;
            },
            isEditable: function () {
                return frame.getAttribute('data-configurable') === 'true';
            },
            savePreferences: function (preferences) {
                return fetch(preferencesUrl(key), {method: 'PUT', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
                    body: JSON.stringify(preferences)}).then(function () {
                    state.preferences = preferences;
                    render();
                });
            },
            closeEdit: render,
            showLoadingBar: function () {
                loading.hidden = false;
            },
            hideLoadingBar: function () {
                loading.hidden = true;
            },
            setTitle: function (title) {
                frame.querySelector('.dashboard-item-title').textContent = title;
            },
            resize: function () {
                frame.setAttribute('data-resized', String(Date.now()));
            },
            initRefresh: function (preferences, refresh) {
                state.refresh = refresh;
            },
            getRefreshFieldValue: function () {
                return state.preferences.refresh || 'false';
            },
            getContext: function () {
                return content;
            }
        };

        fetch(preferencesUrl(key), {credentials: 'same-origin'}).then(function (response) {
            return response.json();
        }).then(function (preferences) {
            state.preferences = preferences;
            window.require([frame.getAttribute('data-amd-module')], function (Item) {
                state.item = new Item(api);
                render();
                $(frame).find('.sandbox-gadget-edit').on('click', function () {
                    frame.setAttribute('data-mode', 'edit');
                    content.empty();
                    state.item.renderEdit(content, state.preferences);
                });
            });
        });
    }

    $(function () {
        $('.sandbox-gadget').each(function () {
            mount(this);
        });
    });
}(window, window.jQuery));
