#!/usr/bin/env node
// Stands in for the VS Code binary that @vscode/test-electron's runTests would start: it receives the same
// arguments (--extensionDevelopmentPath=…, --extensionTestsPath=…, the folder to open) and runs the
// extension tests in the VS Code server bundled with code-server, shown in headless Chromium. The exit
// code is the tests' result. A test may log "@@screenshot <path>" to have the page photographed.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { runtimePaths } from './runtime-paths.mjs';

const RUN_TIMEOUT_MS = Number(process.env.PAR_RUBRIC_EDITOR_TIMEOUT_MS ?? 5 * 60_000);
const SERVER_START_TIMEOUT_MS = 60_000;
const paths = runtimePaths();
const VERBOSE = process.env.PAR_RUBRIC_EDITOR_VERBOSE === '1';
/** What the test harness prints: "  ✓ name", "  ✗ name …", "  - name (skipped)", the final counts. */
const TEST_OUTPUT = /^ {2}[✓✗-] |^\d+ passed, \d+ failed/;
fs.mkdirSync(path.join(paths.editorTests, 'out'), { recursive: true });
const pageLog = fs.createWriteStream(path.join(paths.editorTests, 'out', 'editor-page.log'));

function parseArguments(argv) {
    const options = { developmentPaths: [], testsPath: undefined, folder: undefined };
    for (const arg of argv) {
        if (arg.startsWith('--extensionDevelopmentPath=')) options.developmentPaths.push(arg.slice(arg.indexOf('=') + 1));
        else if (arg.startsWith('--extensionTestsPath=')) options.testsPath = arg.slice(arg.indexOf('=') + 1);
        else if (!arg.startsWith('-') && options.folder === undefined) options.folder = path.resolve(arg);
        // the other flags (--no-sandbox, --user-data-dir, …) are for a desktop VS Code; the server gets its own
    }
    if (options.developmentPaths.length === 0 || !options.testsPath) {
        throw new Error('expected --extensionDevelopmentPath=… and --extensionTestsPath=…');
    }
    return options;
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/** Starts the VS Code server in its own process group and resolves once its extension host agent listens. */
function startServer(port, scratch) {
    const env = {
        ...process.env,
        XDG_CONFIG_HOME: path.join(scratch, 'config'),
        XDG_DATA_HOME: path.join(scratch, 'data'),
        XDG_CACHE_HOME: path.join(scratch, 'cache'),
    };
    const server = spawn(
        paths.node24,
        [
            paths.serverMain,
            '--host', '127.0.0.1',
            '--port', String(port),
            '--without-connection-token',
            '--accept-server-license-terms',
            '--enable-smoke-test-driver',
            '--disable-telemetry',
            '--disable-workspace-trust',
            '--user-data-dir', path.join(scratch, 'user'),
            '--server-data-dir', path.join(scratch, 'server'),
            '--extensions-dir', path.join(scratch, 'ext'),
        ],
        { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const log = fs.createWriteStream(path.join(scratch, 'server.log'));
    server.stdout.pipe(log, { end: false });
    server.stderr.pipe(log, { end: false });
    const ready = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the VS Code server did not start within 60 s')), SERVER_START_TIMEOUT_MS);
        let seen = '';
        server.stdout.on('data', (chunk) => {
            seen = (seen + chunk).slice(-4096);
            if (seen.includes('Extension host agent listening')) {
                clearTimeout(timer);
                resolve();
            }
        });
        server.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`the VS Code server exited early (${code}); see its log above`));
        });
    });
    return { server, ready, log };
}

function stopServer(server) {
    return new Promise((resolve) => {
        if (server.exitCode !== null || server.signalCode !== null) return resolve();
        const kill = (signal) => {
            try {
                process.kill(-server.pid, signal);
            } catch {
                // already gone
            }
        };
        const force = setTimeout(() => kill('SIGKILL'), 5000);
        server.once('exit', () => {
            clearTimeout(force);
            resolve();
        });
        kill('SIGTERM');
    });
}

async function runInBrowser(port, options) {
    const require = createRequire(import.meta.url);
    const { chromium } = require(paths.playwright);
    const browser = await chromium.launch({
        executablePath: paths.chromium,
        headless: true,
        args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
    });
    try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        let finish;
        const exitCode = new Promise((resolve) => (finish = resolve));
        await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
        await page.exposeFunction('codeAutomationLog', (type, args) => {
            const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
            const screenshot = /@@screenshot (\S+\.png)/.exec(text);
            if (screenshot) {
                // the test waits for the file; a temporary name keeps it from reading half a PNG
                const target = screenshot[1];
                page.screenshot({ path: `${target}.part.png` })
                    .then(() => fs.renameSync(`${target}.part.png`, target))
                    .catch((error) => console.error(`screenshot failed: ${error.message}`));
                return;
            }
            pageLog.write(`[${type}] ${text}\n`);
            // the workbench's own chatter (offline gallery, chat, auth) stays in the log file
            if (VERBOSE || TEST_OUTPUT.test(text)) (type === 'error' ? console.error : console.log)(text);
        });
        const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
        const payload = [
            ...options.developmentPaths.map((p) => ['extensionDevelopmentPath', remote(path.resolve(p))]),
            ['extensionTestsPath', remote(path.resolve(options.testsPath))],
        ];
        const folder = options.folder ? `folder=${encodeURIComponent(options.folder)}&` : '';
        await page.goto(`http://127.0.0.1:${port}/?${folder}payload=${encodeURIComponent(JSON.stringify(payload))}`);
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => {
                console.error(`the editor tests did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
                resolve(1);
            }, RUN_TIMEOUT_MS);
        });
        const code = await Promise.race([exitCode, timeout]);
        clearTimeout(timer);
        return code;
    } finally {
        await browser.close();
    }
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    for (const file of [paths.node24, paths.serverMain, paths.playwright, paths.chromium]) {
        if (!fs.existsSync(file)) throw new Error(`${file} is missing: run node test/editor/setup.mjs`);
    }
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'par-rubric-vscode-'));
    const port = await freePort();
    const { server, ready, log } = startServer(port, scratch);
    try {
        await ready;
        return await runInBrowser(port, options);
    } catch (error) {
        log.end();
        console.error(fs.existsSync(path.join(scratch, 'server.log')) ? fs.readFileSync(path.join(scratch, 'server.log'), 'utf8').slice(-4000) : '');
        throw error;
    } finally {
        await stopServer(server);
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

main().then(
    (code) => process.exit(code),
    (error) => {
        console.error(`editor tests: ${error instanceof Error ? error.message : error}`);
        process.exit(2);
    },
);
