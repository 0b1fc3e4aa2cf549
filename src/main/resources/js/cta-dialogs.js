/*
 * SuccessDesk dialogs shared by the issue panel and the account page: snooze a call to action until a day with a
 * reason, close it with a reason, log a touchpoint. Each is an AUI dialog2 form (successdesk/form-dialog) that shows
 * the server's errors next to their fields; onSaved runs after the server accepted the change.
 */
define('successdesk/cta-dialogs', ['successdesk/rest-client', 'successdesk/texts', 'successdesk/form-dialog'],
    function (rest, texts, formDialog) {
        'use strict';

        var DAY_MILLIS = 86400000;

        function snooze(cta, onSaved) {
            var tomorrow = new Date(Date.now() + DAY_MILLIS);
            formDialog.open({
                title: AJS.I18n.getText('successdesk.cta.snooze.title'),
                intro: texts.cta(cta),
                submitText: AJS.I18n.getText('successdesk.cta.snooze'),
                cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
                fields: [
                    {name: 'until', label: AJS.I18n.getText('successdesk.cta.snooze.until'), type: 'date', required: true,
                        attributes: {min: tomorrow.toISOString().slice(0, 10)}},
                    {name: 'reason', label: AJS.I18n.getText('successdesk.cta.snooze.reason'), type: 'textarea', required: true}
                ],
                save: function (values) {
                    return rest.post('ctas/' + encodeURIComponent(cta.id) + '/snooze', {until: values.until, reason: values.reason});
                },
                onSaved: onSaved
            });
        }

        function close(cta, onSaved) {
            formDialog.open({
                title: AJS.I18n.getText('successdesk.cta.close.title'),
                intro: texts.cta(cta),
                submitText: AJS.I18n.getText('successdesk.cta.close'),
                cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
                fields: [{name: 'reason', label: AJS.I18n.getText('successdesk.cta.close.reason'), type: 'textarea', required: true}],
                save: function (values) {
                    return rest.post('ctas/' + encodeURIComponent(cta.id) + '/close', {reason: values.reason});
                },
                onSaved: onSaved
            });
        }

        function logTouchpoint(account, onSaved) {
            var now = new Date();
            var local = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
            formDialog.open({
                title: AJS.I18n.getText('successdesk.touchpoint.log.title', account.name),
                submitText: AJS.I18n.getText('successdesk.touchpoint.log'),
                cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
                fields: [
                    {name: 'type', label: AJS.I18n.getText('successdesk.touchpoint.type'), type: 'select', required: true, options: [
                        {value: 'call', label: AJS.I18n.getText('successdesk.touchpoint.type.call')},
                        {value: 'meeting', label: AJS.I18n.getText('successdesk.touchpoint.type.meeting')},
                        {value: 'email', label: AJS.I18n.getText('successdesk.touchpoint.type.email')},
                        {value: 'qbr', label: AJS.I18n.getText('successdesk.touchpoint.type.qbr')},
                        {value: 'note', label: AJS.I18n.getText('successdesk.touchpoint.type.note')}]},
                    {name: 'occurredAt', label: AJS.I18n.getText('successdesk.touchpoint.occurred-at'), type: 'datetime-local',
                        required: true, value: local, attributes: {max: local}},
                    {name: 'summary', label: AJS.I18n.getText('successdesk.touchpoint.summary'), type: 'textarea', required: true},
                    {name: 'sentiment', label: AJS.I18n.getText('successdesk.touchpoint.sentiment'), type: 'select', options: [
                        {value: 'neutral', label: AJS.I18n.getText('successdesk.touchpoint.sentiment.neutral')},
                        {value: 'positive', label: AJS.I18n.getText('successdesk.touchpoint.sentiment.positive')},
                        {value: 'negative', label: AJS.I18n.getText('successdesk.touchpoint.sentiment.negative')}]}
                ],
                save: function (values) {
                    var occurredAt = values.occurredAt ? new Date(values.occurredAt).toISOString() : '';
                    return rest.post('accounts/' + encodeURIComponent(account.key) + '/touchpoints', {
                        type: values.type, occurredAt: occurredAt, summary: values.summary, sentiment: values.sentiment
                    });
                },
                onSaved: onSaved
            });
        }

        return {snooze: snooze, close: close, logTouchpoint: logTouchpoint};
    });
