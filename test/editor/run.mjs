#!/usr/bin/env node
// The editor test suite: sets up the real editor (test/editor/setup.mjs), builds the extension and the
// tests, copies the examples into a scratch workspace and runs the tests in VS Code through
// @vscode/test-electron's runTests. Locally the "VS Code" is the launcher that drives the VS Code server;
// PAR_RUBRIC_VSCODE=download uses a VS Code that runTests downloads, PAR_RUBRIC_VSCODE=<path> a given one;
// PAR_RUBRIC_EXTENSION=<folder> runs the tests on another build of the extension (an unzipped .vsix).
//   node test/editor/run.mjs [--report counts.json] [--screenshot docs/screenshot-editor.png]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { setUpEditorRuntime } from './setup.mjs';

const editorTests = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(editorTests, '..', '..');
// PAR_RUBRIC_EXTENSION=<folder> tests another build, e.g. the `extension/` folder of an unzipped .vsix
const extension = process.env.PAR_RUBRIC_EXTENSION ? path.resolve(process.env.PAR_RUBRIC_EXTENSION) : path.join(root, 'packages', 'extension');

function option(name) {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
}

function writeCounts(file, counts) {
    if (!file) return;
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(counts) + '\n');
}

function build() {
    if (!fs.existsSync(path.join(root, 'packages', 'language', 'dist', 'index.js'))) {
        throw new Error('packages/language is not built: run `npm run build` first');
    }
    if (!process.env.PAR_RUBRIC_EXTENSION) {
        const result = spawnSync('npm', ['run', 'build', '--silent', '-w', 'packages/extension'], { cwd: root, stdio: 'inherit' });
        if (result.status !== 0) throw new Error('building the extension failed');
    }
    return esbuild.build({
        entryPoints: [path.join(editorTests, 'suite', 'index.ts')],
        outfile: path.join(editorTests, 'out', 'suite.cjs'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode'],
        sourcemap: 'inline',
        logLevel: 'warning',
    });
}

/** A scratch workspace with the examples (and the fixtures, unless only the screenshot is taken), and the settings the tests expect. */
function createWorkspace({ fixtures }) {
    // a plain folder name: it is the window title in the screenshot
    const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'par-rubric-workspace-')), 'rubrics');
    fs.cpSync(path.join(root, 'examples'), path.join(workspace, 'examples'), { recursive: true });
    if (fixtures) fs.cpSync(path.join(editorTests, 'fixtures'), path.join(workspace, 'fixtures'), { recursive: true });
    fs.mkdirSync(path.join(workspace, '.vscode'));
    fs.writeFileSync(
        path.join(workspace, '.vscode', 'settings.json'),
        JSON.stringify(
            {
                'parRubric.language': 'vi',
                'editor.inlayHints.enabled': 'on',
                'workbench.startupEditor': 'none',
                'workbench.tips.enabled': false,
                'security.workspace.trust.enabled': false,
                'extensions.ignoreRecommendations': true,
                'chat.disableAIFeatures': true,
                'files.autoSave': 'off',
                'editor.minimap.enabled': false,
                'editor.stickyScroll.enabled': false,
                // set up by setup.mjs: draws Vietnamese tone marks where they belong
                'editor.fontFamily': "'Noto Sans Mono', 'Noto Mono', monospace",
            },
            null,
            2,
        ),
    );
    return workspace;
}

function vscodeExecutable() {
    const choice = process.env.PAR_RUBRIC_VSCODE;
    if (choice === 'download') return undefined;
    if (choice) return choice;
    // the local VS Code server runtime is Linux x64 (Node 24 from npm, Debian's Chromium); elsewhere runTests
    // downloads VS Code
    if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
    setUpEditorRuntime();
    return path.join(editorTests, 'launch-vscode-server.mjs');
}

async function main() {
    const started = Date.now();
    const reportFile = option('--report');
    const screenshot = option('--screenshot');
    const counts = path.join(os.tmpdir(), `par-rubric-editor-counts-${process.pid}.json`);
    fs.rmSync(counts, { force: true });
    let workspace;
    try {
        const vscodeExecutablePath = vscodeExecutable();
        await build();
        // the picture for the README is taken alone, in a workspace of the examples without the tests'
        // deliberately broken fixtures and the files other tests open
        if (screenshot) process.env.PAR_RUBRIC_EDITOR_ONLY = 'screenshot:';
        workspace = createWorkspace({ fixtures: !screenshot });
        await runTests({
            vscodeExecutablePath,
            extensionDevelopmentPath: extension,
            extensionTestsPath: path.join(editorTests, 'out', 'suite.cjs'),
            launchArgs: [workspace, '--disable-extensions', '--locale=en'],
            extensionTestsEnv: {
                PAR_RUBRIC_EDITOR_COUNTS: counts,
                PAR_RUBRIC_REPOSITORY: root,
                ...(screenshot ? { PAR_RUBRIC_SCREENSHOT: path.resolve(screenshot) } : {}),
            },
        }).catch(() => undefined); // the counts say what failed; a run that reports nothing is caught below
        const result = JSON.parse(fs.readFileSync(counts, 'utf8'));
        writeCounts(reportFile, result);
        console.log(
            `editor: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
        return result.failed > 0 ? 1 : 0;
    } catch (error) {
        console.error(`editor tests: ${error instanceof Error ? error.message : error}`);
        writeCounts(reportFile, { passed: 0, failed: 1, skipped: 0 });
        return 1;
    } finally {
        fs.rmSync(counts, { force: true });
        if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
    }
}

process.exit(await main());
