// ESLint for the app's browser modules (plain ES2020 AMD, as Jira's loader runs them), the node tests and the
// build scripts. `mvn verify` runs it through `npm run lint`.
'use strict';

const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
    {ignores: ['target/**', 'node_modules/**', 'src/main/resources/js/vendor/**']},
    js.configs.recommended,
    {
        files: ['src/main/resources/js/**/*.js', 'src/test/resources/sandbox/static/**/*.js'],
        languageOptions: {
            ecmaVersion: 2020,
            sourceType: 'script',
            globals: {
                ...globals.browser,
                define: 'readonly',
                require: 'readonly',
                AJS: 'readonly',
                JIRA: 'readonly',
                WRM: 'readonly'
            }
        },
        rules: {
            'no-var': 'off',
            'eqeqeq': ['error', 'always'],
            'no-implicit-globals': 'error',
            'no-restricted-properties': ['error',
                {property: 'innerHTML', message: 'Build DOM with createElement/textContent; never innerHTML with data.'},
                {property: 'outerHTML', message: 'Build DOM with createElement/textContent.'}],
            'no-restricted-syntax': ['error',
                {selector: "CallExpression[callee.property.name='html']", message: 'jQuery .html() with data is an XSS hole; use text().'},
                {selector: "CallExpression[callee.object.name='AJS'][callee.property.name='escapeHtml']", message: 'No HTML strings: build DOM nodes.'}],
            'strict': ['error', 'function']
        }
    },
    {
        files: ['src/test/js/**/*.mjs', 'src/build/js/**/*.mjs'],
        languageOptions: {
            ecmaVersion: 2022,
            sourceType: 'module',
            globals: {...globals.node}
        }
    },
    {
        files: ['eslint.config.js'],
        languageOptions: {sourceType: 'commonjs', globals: {...globals.node}}
    }
];
