// The language server over a real LSP connection: spawn it on stdio, open a document, then time from each
// didChange to the publishDiagnostics that answers it.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { now } from './stats.mjs';

/**
 * The server as the .vsix ships it (minified), bundled into `work`; else the extension's development
 * bundle when it has been built; else bench/lsp-server.mjs.
 */
export function findServer(root, work) {
    const outdir = path.join(work, 'server');
    const build = spawnSync(process.execPath, [path.join(root, 'packages/extension/scripts/bundle.mjs'), '--minify', `--outdir=${outdir}`], { encoding: 'utf8' });
    const minified = path.join(outdir, 'language-server.cjs');
    if (build.status === 0 && fs.existsSync(minified)) return { file: minified, kind: 'the minified server of the .vsix' };
    const candidates = [
        'packages/extension/out/language-server.cjs',
        'packages/extension/dist/server.cjs',
    ].map((file) => path.join(root, file));
    const bundled = candidates.find((file) => fs.existsSync(file));
    return bundled ? { file: bundled, kind: path.relative(root, bundled) } : { file: path.join(root, 'bench/lsp-server.mjs'), kind: 'bench/lsp-server.mjs' };
}

/** CPU time (user + system, ms) the process `pid` has used so far; undefined where /proc is missing. */
function processCpuMs(pid) {
    try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch {
        return undefined;
    }
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

/**
 * Starts `server` (on the Node binary `node`, with environment `env`), initializes it on workspace folder `folder` and opens `file`. Resolves once the first
 * diagnostics have come: `startMs` from spawning the process (what a user opening the editor on the file
 * waits) and `startCpuMs` the server's CPU time by then, `openMs` from didOpen alone; `edit(change)` applies one text change and resolves with the time
 * to its diagnostics; `cpuMs()` is the server's CPU time so far (it hardly moves with the machine's load,
 * wall time does); `close()` shuts the server down.
 */
export async function openSession({ server, folder, file, node = process.execPath, env = process.env, timeoutMs = 60_000 }) {
    const started = now();
    const child = spawn(node, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = pathToFileURL(file).href;
    let waiting;
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
        if (params.uri === uri && waiting) {
            const resolve = waiting;
            waiting = undefined;
            resolve(params);
        }
    });
    // the server may ask for configuration or register capabilities: answer like a minimal client
    connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification(() => {});
    connection.listen();
    const next = () =>
        new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics within ${timeoutMs} ms${stderr ? `: ${stderr.slice(0, 500)}` : ''}`)), timeoutMs);
            waiting = (params) => {
                clearTimeout(timer);
                resolve(params);
            };
        });
    const close = async () => {
        await connection.sendRequest('shutdown').catch(() => undefined);
        connection.sendNotification('exit');
        connection.dispose();
        if (child.exitCode !== null) return;
        await new Promise((resolve) => {
            const timer = setTimeout(() => {
                child.kill('SIGKILL');
                resolve();
            }, 2000);
            child.once('exit', () => {
                clearTimeout(timer);
                resolve();
            });
        });
    };
    try {
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: pathToFileURL(folder).href,
            workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
            capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
            initializationOptions: { locale: 'en' },
            locale: 'en',
        });
        connection.sendNotification('initialized', {});
        const firstDiagnostics = next();
        const opening = now();
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rubric', version: 1, text: fs.readFileSync(file, 'utf8') } });
        const opened = await firstDiagnostics;
        const openMs = now() - opening;
        const startMs = now() - started;
        const startCpuMs = processCpuMs(child.pid);
        let version = 1;
        const edit = async (change) => {
            version += 1;
            const answer = next();
            const sent = now();
            connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
            const published = await answer;
            return { ms: now() - sent, diagnostics: published.diagnostics };
        };
        return { startMs, startCpuMs, openMs, diagnostics: opened.diagnostics, edit, cpuMs: () => processCpuMs(child.pid), close };
    } catch (error) {
        await close();
        throw error;
    }
}

/** The line and character of `offset` in `text`. */
function position(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * Edits an author makes inside the tree, at the item nearest the middle of `text`, each followed by its
 * revert so that the document is the same after every pair: `title` types one letter at the end of the
 * item's title and deletes it; `max` changes the item's max (its criterion's sum then disagrees) and
 * changes it back. Yields LSP content changes, for as many as asked.
 */
export function* middleEdits(text, kind) {
    const items = [...text.matchAll(/^ *item [\d.]+ "([^"]*)" max ([\d.]+)/gm)];
    if (items.length === 0) throw new Error('middleEdits: the rubric has no items');
    const item = items.find((m) => m.index >= text.length / 2) ?? items[items.length - 1];
    const [line, title, max] = item;
    const at = kind === 'title' ? item.index + line.indexOf(`"${title}"`) + 1 + title.length : item.index + line.length - max.length;
    const start = position(text, at);
    const forward = kind === 'title' ? { from: '', to: 'a' } : { from: max, to: max === '9' ? '8' : '9' };
    for (let i = 0; ; i++) {
        const { from, to } = i % 2 === 0 ? forward : { from: forward.to, to: forward.from };
        yield { range: { start, end: { line: start.line, character: start.character + from.length } }, text: to };
    }
}
