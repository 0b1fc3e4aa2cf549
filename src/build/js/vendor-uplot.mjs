// Copies uPlot from node_modules into the plugin's resources as an AMD module ('successdesk/vendor/uplot'), with its
// stylesheet and licence. Wrapping the IIFE build in define() keeps `uPlot` off Jira's global scope.
import {mkdirSync, readFileSync, writeFileSync, copyFileSync} from 'node:fs';
import {join} from 'node:path';

const [root = process.cwd(), outputDirectory = join(root, 'target', 'generated-resources', 'vendor')] = process.argv.slice(2);
const source = join(root, 'node_modules', 'uplot');
const target = join(outputDirectory, 'js', 'vendor', 'uplot');
const version = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;

mkdirSync(target, {recursive: true});
const iife = readFileSync(join(source, 'dist', 'uPlot.iife.min.js'), 'utf8');
writeFileSync(join(target, 'uplot.js'),
    `/* uPlot ${version} (MIT, see LICENSE beside this file), wrapped as an AMD module by the SuccessDesk build. */\n` +
    `define('successdesk/vendor/uplot', [], function () {\n${iife}\nreturn uPlot;\n});\n`);
copyFileSync(join(source, 'dist', 'uPlot.min.css'), join(target, 'uplot.css'));
copyFileSync(join(source, 'LICENSE'), join(target, 'LICENSE'));
console.log(`uPlot ${version} vendored into ${target}`);
