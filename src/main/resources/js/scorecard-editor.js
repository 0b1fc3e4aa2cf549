/*
 * SuccessDesk scorecard editor model (pure, tested in node): the editor's rows from the scorecard the server sends
 * (the measures that are on, then every other built-in measure, off, with its defaults), the draft the server
 * previews and saves from the rows, and which row a server error such as "measures[2].weight" belongs to.
 */
define('successdesk/scorecard-editor', [], function () {
    'use strict';

    var NUMBER_FIELDS = ['weight', 'redBound', 'greenBound', 'windowDays', 'minimumSample', 'validityDays'];

    function copyRow(measure, on) {
        var row = {id: measure.id, on: on};
        NUMBER_FIELDS.forEach(function (field) {
            row[field] = measure[field] === null || measure[field] === undefined ? '' : String(measure[field]);
        });
        row.manual = measure.validityDays !== null && measure.validityDays !== undefined;
        return row;
    }

    /** Rows for every measure: the scorecard's own (on, in its order), then the built-ins it leaves out (off). */
    function rowsFrom(scorecard) {
        var seen = {};
        var rows = scorecard.measures.map(function (measure) {
            seen[measure.id] = true;
            return copyRow(measure, true);
        });
        scorecard.available.forEach(function (measure) {
            if (!seen[measure.id]) {
                rows.push(copyRow(measure, false));
            }
        });
        return rows;
    }

    function number(text) {
        var trimmed = String(text).trim();
        return trimmed === '' ? NaN : Number(trimmed);
    }

    /**
     * The draft of the rows that are on. Numbers are sent as typed (NaN as null, so the server names the field);
     * each measure keeps the index of its row, so errors can be shown on it.
     */
    function draftFrom(rows, amberFrom, greenFrom) {
        var indexes = [];
        var measures = [];
        rows.forEach(function (row, index) {
            if (!row.on) {
                return;
            }
            indexes.push(index);
            var measure = {id: row.id};
            NUMBER_FIELDS.forEach(function (field) {
                var value = number(row[field]);
                measure[field] = Number.isFinite(value) ? value : null;
            });
            if (!row.manual) {
                measure.validityDays = null;
            }
            measures.push(measure);
        });
        return {
            measures: measures,
            amberFrom: Number.isFinite(number(amberFrom)) ? number(amberFrom) : null,
            greenFrom: Number.isFinite(number(greenFrom)) ? number(greenFrom) : null,
            rowIndexes: indexes
        };
    }

    /** The request body of a draft (without the editor's bookkeeping). */
    function body(draft, extra) {
        var result = {measures: draft.measures, amberFrom: draft.amberFrom, greenFrom: draft.greenFrom};
        Object.keys(extra || {}).forEach(function (key) {
            result[key] = extra[key];
        });
        return result;
    }

    /**
     * Server errors keyed by where they show: {rows: {rowIndex: {field: message}}, form: {field: message}}.
     * "measures[i].field" belongs to the row of the i-th measure sent.
     */
    function placeErrors(errors, draft) {
        var placed = {rows: {}, form: {}};
        Object.keys(errors || {}).forEach(function (key) {
            var match = /^measures\[(\d+)]\.(\w+)$/.exec(key);
            if (match && draft.rowIndexes[Number(match[1])] !== undefined) {
                var row = draft.rowIndexes[Number(match[1])];
                placed.rows[row] = placed.rows[row] || {};
                placed.rows[row][match[2]] = errors[key];
            } else {
                placed.form[key] = errors[key];
            }
        });
        return placed;
    }

    /** The account keys typed for the preview (commas or spaces between them), as keys are written: upper case. */
    function previewAccounts(text) {
        return (text || '').split(/[\s,;]+/).filter(function (key) {
            return key !== '';
        }).map(function (key) {
            return key.toUpperCase();
        });
    }

    return {
        previewAccounts: previewAccounts,
        NUMBER_FIELDS: NUMBER_FIELDS,
        rowsFrom: rowsFrom,
        draftFrom: draftFrom,
        body: body,
        placeErrors: placeErrors
    };
});
