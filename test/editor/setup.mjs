#!/usr/bin/env node
// Installs the real editor the editor tests run in, outside the main workspace so a user's `npm ci` stays
// small: Debian's Chromium (+ Kerberos headers a native module of code-server compiles against), Node 24
// (code-server 4.139 refuses older Node) and code-server + playwright-core from npm, each from a
// committed lockfile. Idempotent: when everything is in place it only checks and returns.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runtimePaths } from './runtime-paths.mjs';

const paths = runtimePaths();

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { stdio: 'inherit', ...options });
    if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    }
}

/**
 * The environment for a nested npm: without the npm_* variables of an outer `npm run`, which npm would read
 * as its own configuration (its user agent names the outer Node, which code-server's install rejects).
 */
function cleanEnvironment(extra = {}) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    return { ...env, ...extra };
}

function output(command, args, options = {}) {
    const result = spawnSync(command, args, { encoding: 'utf8', ...options });
    return result.status === 0 ? result.stdout.trim() : undefined;
}

/** A marker that records which lockfile a folder was installed from, so a changed lockfile reinstalls. */
function installedFrom(folder) {
    const lock = fs.readFileSync(path.join(folder, 'package-lock.json'), 'utf8');
    const marker = path.join(folder, 'node_modules', '.installed-lock.json');
    return {
        current: fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === lock,
        record: () => fs.writeFileSync(marker, lock),
    };
}

function ensureAptPackages(needCodeServer) {
    const missing = [];
    if (!process.env.CHROMIUM_PATH && !fs.existsSync(paths.chromium)) missing.push('chromium');
    if (needCodeServer && !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
    // Debian's default monospace (DejaVu Sans Mono) misplaces stacked Vietnamese tone marks (ệ, ố, ử)
    if (!fs.existsSync(paths.notoMono)) missing.push('fonts-noto-mono');
    if (missing.length === 0) return;
    console.log(`editor tests: installing ${missing.join(', ')} (apt-get)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const aptGet = (...args) =>
        process.getuid?.() === 0 ? run('apt-get', args, { env }) : run('sudo', ['-n', 'apt-get', ...args], { env });
    try {
        aptGet('install', '-y', '--no-install-recommends', ...missing);
    } catch {
        // a fresh machine has no package lists yet
        aptGet('update');
        aptGet('install', '-y', '--no-install-recommends', ...missing);
    }
}

function ensureNode24() {
    const marker = installedFrom(paths.node24Folder);
    if (marker.current && output(paths.node24, ['--version']) === paths.node24Version) return;
    console.log(`editor tests: installing Node ${paths.node24Version} (npm)`);
    run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: paths.node24Folder, env: cleanEnvironment() });
    marker.record();
}

function ensureCodeServer() {
    const marker = installedFrom(paths.runtimeFolder);
    if (marker.current && fs.existsSync(paths.serverMain)) return;
    console.log('editor tests: installing code-server and playwright-core (npm, compiles native modules)');
    const nodeBin = path.dirname(paths.node24);
    const install = () =>
        run('npm', ['ci', '--no-audit', '--no-fund'], {
            cwd: paths.runtimeFolder,
            env: cleanEnvironment({
                PATH: `${nodeBin}${path.delimiter}${process.env.PATH}`,
                // node-gyp must compile against Node 24's headers, not the machine's Node
                npm_config_nodedir: path.dirname(nodeBin),
            }),
        });
    try {
        install();
    } catch (error) {
        // node-gyp's rebuild of code-server's native modules fails now and then on a loaded machine
        // (ENOENT on its own build folder); npm ci starts from an empty node_modules, so once more is safe
        console.log(`editor tests: ${error instanceof Error ? error.message : error}; trying once more`);
        install();
    }
    if (!fs.existsSync(paths.serverMain)) throw new Error(`code-server installed, but ${paths.serverMain} is missing`);
    marker.record();
}

export function setUpEditorRuntime() {
    const needCodeServer = !installedFrom(paths.runtimeFolder).current || !fs.existsSync(paths.serverMain);
    ensureAptPackages(needCodeServer);
    ensureNode24();
    ensureCodeServer();
    return paths;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const started = Date.now();
    try {
        setUpEditorRuntime();
        console.log(`editor tests: runtime ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
        console.error(`editor tests: set-up failed: ${error instanceof Error ? error.message : error}`);
        process.exit(2);
    }
}
