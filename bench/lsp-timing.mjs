// Edit-to-diagnostics over a real LSP connection: spawn the server on stdio, open a document, then time
// from each one-character didChange to the publishDiagnostics that answers it.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** The extension's bundled server when it has been built, else bench/lsp-server.mjs. */
export function findServer(root) {
    const candidates = [
        'packages/extension/out/language-server.cjs',
        'packages/extension/dist/server.cjs',
    ].map((file) => path.join(root, file));
    const bundled = candidates.find((file) => fs.existsSync(file));
    return bundled ? { file: bundled, kind: path.relative(root, bundled) } : { file: path.join(root, 'bench/lsp-server.mjs'), kind: 'bench/lsp-server.mjs' };
}

/**
 * Opens `file` (in workspace folder `folder`) and measures `edits` edit-to-diagnostics round trips.
 * Each edit inserts or removes one space at the end of the first line (a comment or the header), so the
 * diagnostics stay the same and the server does the whole rebuild every time.
 */
export async function measureEditToDiagnostics({ server, folder, file, edits = 9, timeoutMs = 60_000 }) {
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
    try {
        const started = now();
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: pathToFileURL(folder).href,
            workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
            capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
            initializationOptions: { locale: 'en' },
            locale: 'en',
        });
        connection.sendNotification('initialized', {});
        let text = fs.readFileSync(file, 'utf8');
        const firstDiagnostics = next();
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rubric', version: 1, text } });
        const opened = await firstDiagnostics;
        const openMs = now() - started;
        const firstLineEnd = text.indexOf('\n');
        const times = [];
        let version = 1;
        for (let i = 0; i < edits; i++) {
            const adding = i % 2 === 0;
            const range = adding
                ? { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd } }
                : { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd + 1 } };
            text = adding ? text.slice(0, firstLineEnd) + ' ' + text.slice(firstLineEnd) : text.slice(0, firstLineEnd) + text.slice(firstLineEnd + 1);
            version += 1;
            const answer = next();
            const sent = now();
            connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: [{ range, text: adding ? ' ' : '' }],
            });
            await answer;
            times.push(now() - sent);
        }
        await connection.sendRequest('shutdown').catch(() => undefined);
        connection.sendNotification('exit');
        return { openMs, diagnostics: opened.diagnostics.length, times };
    } finally {
        connection.dispose();
        if (child.exitCode === null) {
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
        }
    }
}
