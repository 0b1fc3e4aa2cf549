/*
 * SuccessDesk formatting: numbers, percentages, money, calendar days and relative days in the viewer's locale with
 * Intl. Pure functions (no DOM except reading the page language), so node tests cover them. The server sends
 * calendar days as ISO dates (yyyy-mm-dd, no instant) and money as integer minor units with an ISO 4217 currency.
 */
define('successdesk/format', [], function () {
    'use strict';

    var DAY_MILLIS = 86400000;

    /** The viewer's locale: the page language Jira sets from the user's profile, else the browser's. */
    function pageLocale() {
        return (typeof document !== 'undefined' && document.documentElement.lang) || undefined;
    }

    /** Milliseconds of an ISO calendar day at UTC midnight. */
    function utcDay(isoDate) {
        var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(isoDate));
        if (!match) {
            throw new RangeError('not an ISO date: ' + isoDate);
        }
        return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    }

    /** Today in the viewer's own calendar, as UTC midnight millis (comparable with utcDay). */
    function localToday(now) {
        var date = now || new Date();
        return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
    }

    /** Digits after the decimal point of a currency's minor unit (ISO 4217: EUR 2, JPY 0, KWD 3). */
    function minorDigits(currency) {
        return new Intl.NumberFormat('en', {style: 'currency', currency: currency}).resolvedOptions().maximumFractionDigits;
    }

    function number(value, maximumFractionDigits, locale) {
        return new Intl.NumberFormat(locale || pageLocale(), {
            maximumFractionDigits: maximumFractionDigits === undefined ? 0 : maximumFractionDigits
        }).format(value);
    }

    /**
     * A health score 0–100 as a whole number. Scores are kept to a tenth where they are stored (the accounts list) and
     * as computed elsewhere (77.49999999999999): rounding to the tenth first shows both as the same number.
     */
    function score(value, locale) {
        return number(Math.round(value * 10) / 10, 0, locale);
    }

    /** A percentage given as 0..100 (as the API sends it). */
    function percent(value, maximumFractionDigits, locale) {
        return new Intl.NumberFormat(locale || pageLocale(), {
            style: 'percent',
            maximumFractionDigits: maximumFractionDigits === undefined ? 1 : maximumFractionDigits
        }).format(value / 100);
    }

    /**
     * Money from integer minor units: {minorUnits: 123456, currency: 'EUR'} → "€1,234.56"; JPY has no minor unit.
     * Whole amounts drop the zero cents; others show every digit of the minor unit.
     */
    function money(amount, locale) {
        var digits = minorDigits(amount.currency);
        var unit = Math.pow(10, digits);
        var shown = amount.minorUnits % unit === 0 ? 0 : digits;
        return new Intl.NumberFormat(locale || pageLocale(), {
            style: 'currency',
            currency: amount.currency,
            minimumFractionDigits: shown,
            maximumFractionDigits: shown
        }).format(amount.minorUnits / unit);
    }

    /** Money rounded to whole units for tight spaces (table cells, chart axes): "€1.2M" style compact notation. */
    function compactMoney(amount, locale) {
        var digits = minorDigits(amount.currency);
        return new Intl.NumberFormat(locale || pageLocale(), {
            style: 'currency',
            currency: amount.currency,
            notation: 'compact',
            maximumFractionDigits: 1
        }).format(amount.minorUnits / Math.pow(10, digits));
    }

    function date(isoDate, locale) {
        return new Intl.DateTimeFormat(locale || pageLocale(), {dateStyle: 'medium', timeZone: 'UTC'})
            .format(new Date(utcDay(isoDate)));
    }

    /** An instant (ISO-8601 with offset) in the viewer's own time zone. */
    function dateTime(isoInstant, locale, timeZone) {
        return new Intl.DateTimeFormat(locale || pageLocale(), {dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone})
            .format(new Date(isoInstant));
    }

    /** Whole days from the viewer's today to a calendar day: negative in the past. */
    function daysFromToday(isoDate, now) {
        return Math.round((utcDay(isoDate) - localToday(now)) / DAY_MILLIS);
    }

    /** "in 75 days", "tomorrow", "3 days ago": computed at render time from the viewer's today, never stored. */
    function relativeDays(isoDate, locale, now) {
        return new Intl.RelativeTimeFormat(locale || pageLocale(), {numeric: 'auto'})
            .format(daysFromToday(isoDate, now), 'day');
    }

    /** A signed whole number ("+3", "−2", "0") for deltas. */
    function signed(value, locale) {
        return new Intl.NumberFormat(locale || pageLocale(), {signDisplay: 'exceptZero', maximumFractionDigits: 0})
            .format(value);
    }

    /** A rough span for "time left": whole minutes (at least 1) below an hour, else hours to a tenth ("1.5 hours"). */
    function duration(seconds, locale) {
        var minutes = Math.max(1, Math.ceil(seconds / 60));
        if (minutes < 60) {
            return new Intl.NumberFormat(locale || pageLocale(), {style: 'unit', unit: 'minute', unitDisplay: 'long'})
                .format(minutes);
        }
        return new Intl.NumberFormat(locale || pageLocale(), {style: 'unit', unit: 'hour', unitDisplay: 'long',
            maximumFractionDigits: 1}).format(seconds / 3600);
    }

    return {
        duration: duration,
        number: number,
        score: score,
        percent: percent,
        money: money,
        compactMoney: compactMoney,
        minorDigits: minorDigits,
        date: date,
        dateTime: dateTime,
        daysFromToday: daysFromToday,
        relativeDays: relativeDays,
        signed: signed,
        utcDay: utcDay,
        localToday: localToday
    };
});
