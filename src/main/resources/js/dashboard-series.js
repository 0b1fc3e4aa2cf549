/*
 * SuccessDesk dashboard data shaping (pure, covered by the node tests): the period a preference asks for, and the
 * metrics API's points as uPlot columns where a period without data is a gap (null), never a zero.
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

    return {csatRange: csatRange, monthRange: monthRange, csatColumns: csatColumns, retentionColumns: retentionColumns};
});
