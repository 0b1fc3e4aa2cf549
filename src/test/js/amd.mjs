// A minimal AMD loader for node tests: runs the app's browser modules (define('successdesk/x', [deps], factory))
// in a fresh context, resolving 'successdesk/<name>' to src/main/resources/js/<name>.js and any other id to a
// stub given by the test. Only for tests; Jira's own loader runs the same files in the browser.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';
import vm from 'node:vm';

const JS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'main', 'resources', 'js');

export function loadModule(id, {stubs = {}, globals = {}} = {}) {
    const factories = new Map();
    const instances = new Map(Object.entries(stubs));
    const context = vm.createContext({Intl, Math, Date, JSON, Number, String, Array, Object, RangeError, ...globals});
    context.define = (moduleId, deps, factory) => factories.set(moduleId, {deps, factory});
    context.require = () => {};

    function resolve(moduleId) {
        if (instances.has(moduleId)) {
            return instances.get(moduleId);
        }
        if (!factories.has(moduleId)) {
            const match = /^successdesk\/(.+)$/.exec(moduleId);
            if (!match) {
                throw new Error(`no stub for AMD module ${moduleId}`);
            }
            const file = join(JS_ROOT, `${match[1]}.js`);
            vm.runInContext(readFileSync(file, 'utf8'), context, {filename: file});
            if (!factories.has(moduleId)) {
                throw new Error(`${file} does not define ${moduleId}`);
            }
        }
        const {deps, factory} = factories.get(moduleId);
        const instance = factory(...deps.map(resolve));
        instances.set(moduleId, instance);
        return instance;
    }

    return resolve(id);
}

/** AJS.I18n.getText as Jira answers it: the key's message with {n} filled, or the key when it has none. */
export function i18n(messages = {}) {
    return {
        I18n: {
            getText(key, ...args) {
                const text = Object.hasOwn(messages, key) ? messages[key] : key;
                return text.replace(/\{(\d+)\}/g, (all, index) => (args[index] === undefined ? all : String(args[index])));
            }
        }
    };
}

/** The app's English texts from i18n/successdesk.properties (Java properties: key=value, \uXXXX escapes). */
export function appMessages() {
    const file = join(JS_ROOT, '..', 'i18n', 'successdesk.properties');
    const messages = {};
    let pending = '';
    for (const raw of readFileSync(file, 'latin1').split(/\r?\n/)) {
        const line = pending + raw.replace(/^\s+/, '');
        if (/(^|[^\\])(\\\\)*\\$/.test(line)) {
            pending = line.slice(0, -1);
            continue;
        }
        pending = '';
        if (!line || line.startsWith('#') || line.startsWith('!')) {
            continue;
        }
        const match = /^((?:[^=:\s\\]|\\.)+)\s*[=:\s]\s*(.*)$/.exec(line);
        if (match) {
            messages[match[1]] = match[2]
                .replace(/\\u([0-9a-fA-F]{4})/g, (all, hex) => String.fromCharCode(parseInt(hex, 16)))
                .replace(/\\(.)/g, '$1');
        }
    }
    return messages;
}

/** Loads a module with AJS.I18n answering from the app's properties file. */
export function loadWithTexts(id, options = {}) {
    return loadModule(id, {...options, globals: {AJS: i18n(appMessages()), ...(options.globals || {})}});
}
