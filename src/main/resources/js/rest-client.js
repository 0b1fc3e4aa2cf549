/*
 * SuccessDesk REST client: the one way the app's scripts call /rest/successdesk/1.0. Every request sends
 * X-Atlassian-Token: no-check (Jira's REST XSRF check refuses mutations without it) and JSON (or, for a file, its
 * text); errors are rejected
 * with the API's {message, errors} body.
 */
define('successdesk/rest-client', ['wrm/context-path'], function (contextPath) {
    'use strict';

    var BASE = '/rest/successdesk/1.0/';

    function request(method, path, body, contentType) {
        var headers = {
            'Accept': 'application/json',
            'X-Atlassian-Token': 'no-check'
        };
        var options = {method: method, headers: headers, credentials: 'same-origin'};
        if (contentType) {
            headers['Content-Type'] = contentType;
            options.body = body;
        } else if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(contextPath() + BASE + path.replace(/^\//, ''), options).then(function (response) {
            if (response.status === 204) {
                return null;
            }
            return response.json().catch(function () {
                return {message: response.statusText, errors: {}};
            }).then(function (json) {
                if (!response.ok) {
                    var error = new Error(json.message || response.statusText);
                    error.status = response.status;
                    error.errors = json.errors || {};
                    throw error;
                }
                return json;
            });
        });
    }

    return {
        headers: function () {
            return {'X-Atlassian-Token': 'no-check'};
        },
        get: function (path) {
            return request('GET', path);
        },
        post: function (path, body) {
            return request('POST', path, body);
        },
        /** Posts text as it is, with its own content type (a CSV file to the import). */
        postText: function (path, text, contentType) {
            return request('POST', path, text, contentType);
        },
        put: function (path, body) {
            return request('PUT', path, body);
        },
        del: function (path) {
            return request('DELETE', path);
        }
    };
});
