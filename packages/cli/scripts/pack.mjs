#!/usr/bin/env node
// Packs the CLI as one self-contained npm package: the bundle (its lazily loaded chunks kept) and the bin
// script, with no runtime dependency, so that `npm install -g ./par-rubric-cli-X.tgz` works without a
// registry. The workspace's own package.json (with its dependencies, for development) is not the one
// shipped. Needs `npm run build` first (the bundle is built again from its compiled inputs).
//   node packages/cli/scripts/pack.mjs [--out DIR]   (default: release/ at the repository's root)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(cli, '../..');
const outAt = process.argv.indexOf('--out');
const out = path.resolve(outAt > 0 ? process.argv[outAt + 1] : path.join(root, 'release'));
const workspacePackage = JSON.parse(fs.readFileSync(path.join(cli, 'package.json'), 'utf8'));
const rootPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function run(command, args, options) {
    const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...options });
    if (result.status !== 0) {
        console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
        process.exit(1);
    }
    return result.stdout;
}

const staging = fs.mkdtempSync(path.join(out + '-staging-'));
try {
    run(process.execPath, [path.join(cli, 'esbuild.mjs'), `--outdir=${path.join(staging, 'dist')}`], { cwd: cli });
    fs.cpSync(path.join(cli, 'bin'), path.join(staging, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(cli, 'README.md'), path.join(staging, 'README.md'));
    const shipped = {
        name: workspacePackage.name,
        version: workspacePackage.version,
        description: workspacePackage.description,
        type: 'module',
        bin: workspacePackage.bin,
        // the CLI reads its own version from here (rubric --version, the SARIF driver)
        exports: { './package.json': './package.json' },
        files: ['bin', 'dist'],
        engines: rootPackage.engines,
        license: workspacePackage.license,
    };
    fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify(shipped, null, 2) + '\n');
    fs.mkdirSync(out, { recursive: true });
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], { cwd: staging }));
    const file = path.join(out, packed[0].filename);
    console.log(`${path.relative(process.cwd(), file)}: ${packed[0].entryCount} files, ${(packed[0].size / 1048576).toFixed(1)} MB`);
} finally {
    fs.rmSync(staging, { recursive: true, force: true });
}
