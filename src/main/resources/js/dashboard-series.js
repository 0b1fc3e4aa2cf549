/*
 * SuccessDesk dashboard data shaping (pure, covered by the node tests): the period a preference asks for, the
 * metrics API's points as uPlot columns where a period without data is a gap (null), never a zero, and table sorting.
 */
define('successdesk/dashboard-series', ['successdesk/format'], function (format) {
    'use strict';

    function isoDay(millis) {
        return new Date(millis).toISOString().slice(0, 10);
    }

    /** CSAT periods: from the first day of the month {@code months} before the viewer's today, to today. */
    function csatRange(months, now) {
        var today = new Date(format.localToday(now));
        var from = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1);
        return {from: isoDay(from), to: isoDay(today.getTime())};
    }

    /** Retention months: the {@code months} months ending with the viewer's current month (partial). */
    function monthRange(months, now) {
        var today = new Date(format.localToday(now));
        var from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months + 1, 1));
        return {from: isoDay(from.getTime()).slice(0, 7), to: isoDay(today.getTime()).slice(0, 7)};
    }

    /** Cohort start months: the {@code months} months that have ended, the last one being last month. */
    function endedMonthRange(months, now) {
        var today = new Date(format.localToday(now));
        var from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
        var to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
        return {from: isoDay(from.getTime()).slice(0, 7), to: isoDay(to.getTime()).slice(0, 7)};
    }

    function value(v) {
        return v === undefined || v === null ? null : v;
    }

    /** CSAT points → [x (period start, seconds), % satisfied, interval low, interval high, answers]. */
    function csatColumns(points) {
        var columns = [[], [], [], [], []];
        (points || []).forEach(function (p) {
            var empty = p.status === 'no-data';
            columns[0].push(format.utcDay(p.start) / 1000);
            columns[1].push(empty ? null : value(p.satisfiedPercent));
            columns[2].push(empty ? null : value(p.intervalLowerPercent));
            columns[3].push(empty ? null : value(p.intervalUpperPercent));
            columns[4].push(p.n);
        });
        return columns;
    }

    /** Retention points → [x (period end month, seconds), GRR, NRR, logo retention]; a noData period is a gap. */
    function retentionColumns(points) {
        var columns = [[], [], [], []];
        (points || []).forEach(function (p) {
            columns[0].push(format.utcDay(p.endMonth + '-01') / 1000);
            columns[1].push(p.noData ? null : value(p.grossRevenueRetention));
            columns[2].push(p.noData ? null : value(p.netRevenueRetention));
            columns[3].push(p.noData ? null : value(p.logoRetention));
        });
        return columns;
    }

    /** Health days: the {@code days} days ending with today (UTC, the day rule of the daily job). */
    function dayRange(days, now) {
        var today = Date.parse(new Date(now === undefined ? Date.now() : now).toISOString().slice(0, 10));
        return {from: isoDay(today - (days - 1) * 86400000), to: isoDay(today)};
    }

    /**
     * Health distribution days → [x (day, seconds), red, amber, green]. A day no account was counted on (before the
     * first daily run, or a run missed) is a gap, never three zeros.
     */
    function healthColumns(days) {
        var columns = [[], [], [], []];
        (days || []).forEach(function (d) {
            var empty = d.red + d.amber + d.green === 0;
            columns[0].push(format.utcDay(d.day) / 1000);
            columns[1].push(empty ? null : d.red);
            columns[2].push(empty ? null : d.amber);
            columns[3].push(empty ? null : d.green);
        });
        return columns;
    }

    function compare(a, b) {
        return typeof a === 'string' ? a.localeCompare(b) : a - b;
    }

    /** A copy of {@code rows} ordered by {@code value(row)}, ascending or not; rows without a value always last. */
    function sortRows(rows, value, ascending) {
        return rows.map(function (row, index) {
            return {row: row, index: index, value: value(row)};
        }).sort(function (a, b) {
            var aMissing = a.value === undefined || a.value === null;
            var bMissing = b.value === undefined || b.value === null;
            if (aMissing || bMissing) {
                return aMissing === bMissing ? a.index - b.index : (aMissing ? 1 : -1);
            }
            var order = compare(a.value, b.value);
            return (ascending ? order : -order) || a.index - b.index;
        }).map(function (entry) {
            return entry.row;
        });
    }

    /**
     * The cohort heat-map's shading of a retention percentage: opacity 0 at 0 % rising evenly to 0.6 at 120 % and
     * above, so expansion past 100 % still reads darker; null (no cell) stays unshaded.
     */
    function cohortShade(percent) {
        if (percent === undefined || percent === null) {
            return 0;
        }
        return Math.round(Math.max(0, Math.min(percent, 120)) / 120 * 0.6 * 100) / 100;
    }

    /** The widest cohort row: how many periods-since-start columns the heat-map needs. */
    function cohortWidth(cohorts) {
        return (cohorts || []).reduce(function (widest, cohort) {
            return Math.max(widest, cohort.cells.reduce(function (max, cell) {
                return Math.max(max, cell.periodsSinceStart + 1);
            }, 0));
        }, 0);
    }

    return {csatRange: csatRange, monthRange: monthRange, endedMonthRange: endedMonthRange, dayRange: dayRange, csatColumns: csatColumns,
        retentionColumns: retentionColumns, healthColumns: healthColumns, sortRows: sortRows, cohortShade: cohortShade,
        cohortWidth: cohortWidth};
});
