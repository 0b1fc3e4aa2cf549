/*
 * SuccessDesk DOM helpers shared by every screen: elements are built with createElement and textContent only, so
 * data (account names, summaries, reasons) can never become markup.
 */
define('successdesk/dom', [], function () {
    'use strict';

    /** An element with an optional class list and text content. */
    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    /** Sets attributes from a plain object, skipping null and undefined values. */
    function attrs(node, attributes) {
        Object.keys(attributes).forEach(function (name) {
            var value = attributes[name];
            if (value !== null && value !== undefined) {
                node.setAttribute(name, String(value));
            }
        });
        return node;
    }

    /** Appends children (nodes, strings as text, nulls skipped) and returns the parent. */
    function append(parent) {
        for (var i = 1; i < arguments.length; i++) {
            var child = arguments[i];
            if (child === null || child === undefined || child === false) {
                continue;
            }
            parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
        }
        return parent;
    }

    function button(className, text, onClick) {
        var node = el('button', 'aui-button' + (className ? ' ' + className : ''), text);
        node.type = 'button';
        if (onClick) {
            node.addEventListener('click', onClick);
        }
        return node;
    }

    function link(href, text, className) {
        var node = el('a', className, text);
        node.href = href;
        return node;
    }

    /** An AUI lozenge for a health band: colour plus the band's word (never colour alone). */
    function bandLozenge(band, text) {
        var modifier = {green: 'aui-lozenge-success', amber: 'aui-lozenge-moved', red: 'aui-lozenge-error'}[band];
        var lozenge = el('span', 'aui-lozenge' + (modifier ? ' ' + modifier : ''), text);
        lozenge.setAttribute('data-successdesk-band', band || 'none');
        return lozenge;
    }

    /** An AUI message (error, warning, info, success) with a text body. */
    function message(type, text) {
        var node = el('div', 'aui-message aui-message-' + type);
        node.appendChild(el('p', null, text));
        return node;
    }

    return {
        el: el,
        attrs: attrs,
        append: append,
        button: button,
        link: link,
        bandLozenge: bandLozenge,
        message: message
    };
});
