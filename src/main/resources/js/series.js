/*
 * SuccessDesk series shaping for charts (pure, covered by the node tests): daily points become uPlot's columnar
 * data with a slot for every day, so a missing day is a gap (null), never a zero or a straight line across it.
 */
define('successdesk/series', ['successdesk/format'], function (format) {
    'use strict';

    var DAY_SECONDS = 86400;

    /** [{day: 'yyyy-mm-dd', score}] → [[x seconds per day], [score or null]] covering every day first..last. */
    function dailyScores(points) {
        var sorted = (points || []).slice().sort(function (a, b) {
            return a.day < b.day ? -1 : (a.day > b.day ? 1 : 0);
        });
        if (!sorted.length) {
            return [[], []];
        }
        var byDay = {};
        sorted.forEach(function (p) {
            byDay[p.day] = p.score;
        });
        var first = format.utcDay(sorted[0].day) / 1000;
        var last = format.utcDay(sorted[sorted.length - 1].day) / 1000;
        var xs = [];
        var ys = [];
        for (var t = first; t <= last; t += DAY_SECONDS) {
            var day = new Date(t * 1000).toISOString().slice(0, 10);
            xs.push(t);
            ys.push(Object.prototype.hasOwnProperty.call(byDay, day) && byDay[day] !== null ? byDay[day] : null);
        }
        return [xs, ys];
    }

    /** A text alternative: first and last score with their days, and the lowest. */
    function describe(points) {
        var scored = (points || []).filter(function (p) {
            return p.score !== null && p.score !== undefined;
        }).sort(function (a, b) {
            return a.day < b.day ? -1 : (a.day > b.day ? 1 : 0);
        });
        if (!scored.length) {
            return AJS.I18n.getText('successdesk.chart.no-data');
        }
        var lowest = scored.reduce(function (min, p) {
            return p.score < min.score ? p : min;
        });
        var first = scored[0];
        var last = scored[scored.length - 1];
        return AJS.I18n.getText('successdesk.chart.sparkline.describe', format.score(first.score), format.date(first.day),
            format.score(last.score), format.date(last.day), format.score(lowest.score), format.date(lowest.day));
    }

    /**
     * An account's ARR months in one currency as uPlot columns: [x (month start, seconds), ARR in major units]. The
     * chart shows the currency of the latest month; months held in another currency are gaps, never mixed in.
     */
    function arrColumns(months) {
        var list = months || [];
        var currency = list.length ? list[list.length - 1].arr.currency : null;
        var columns = [[], []];
        list.forEach(function (m) {
            columns[0].push(format.utcDay(m.month + '-01') / 1000);
            columns[1].push(m.arr.currency === currency
                ? m.arr.minorUnits / Math.pow(10, format.minorDigits(m.arr.currency)) : null);
        });
        return {currency: currency, columns: columns};
    }

    return {
        dailyScores: dailyScores,
        describe: describe,
        arrColumns: arrColumns
    };
});
