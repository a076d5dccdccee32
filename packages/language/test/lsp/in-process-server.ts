import { PassThrough } from 'node:stream';
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver';
import { createRubricServices } from '../../src/rubric-module.js';
import type { RubricServices } from '../../src/rubric-services.js';

/** A client and the real language server talking JSON-RPC in one process, as VS Code and the extension do. */
export type InProcessServer = {
    client: MessageConnection;
    /** The latest diagnostics the server published, by document URI. */
    diagnostics: Map<string, Diagnostic[]>;
};

/**
 * Starts the server and a listening client that answers what VS Code answers (configuration, capability
 * registration); `setUp` runs on the services before the server starts, as the extension's server entry does.
 */
export function startInProcessServer(setUp?: (shared: LangiumSharedServices, rubric: RubricServices) => void): InProcessServer {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const { shared, Rubric } = createRubricServices({ connection, ...NodeFileSystem });
    setUp?.(shared, Rubric);
    startLanguageServer(shared);
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const diagnostics = new Map<string, Diagnostic[]>();
    client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
        diagnostics.set(p.uri, p.diagnostics);
    });
    client.onRequest('workspace/configuration', () => [{}]);
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    return { client, diagnostics };
}
