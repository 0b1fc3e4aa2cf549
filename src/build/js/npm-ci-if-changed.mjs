// Runs `npm ci` when node_modules does not match package-lock.json (the lock's hash is kept beside the install),
// so every build has exactly the pinned packages without reinstalling 70 MB when nothing changed.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';

const root = process.argv[2] || process.cwd();
const lock = readFileSync(join(root, 'package-lock.json'));
const wanted = createHash('sha256').update(lock).digest('hex');
const marker = join(root, 'node_modules', '.successdesk-lock-sha256');

if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === wanted) {
    console.log('npm packages up to date with package-lock.json');
} else {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {cwd: root, stdio: 'inherit'});
    writeFileSync(marker, wanted + '\n');
}
