import * as vscode from 'vscode';
import { InlayHintRequest } from 'vscode-languageclient';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SHOW_REFERENCE_COMMAND, type RubricInitializationOptions } from '../protocol.js';
import { inlayHintsEnabled, messageLocale, SECTION } from './settings.js';

/**
 * The client of the rubric language server. The server reads the message language once, at start, so a
 * change of `parRubric.language` restarts it; the inlay-hint switch only asks the editor to redraw.
 */
export class RubricLanguageClient implements vscode.Disposable {
    private client: LanguageClient | undefined;
    /** The start (or restart) under way or done; whoever needs the client awaits it. */
    private starting: Promise<void> | undefined;
    private readonly rubricFiles = vscode.workspace.createFileSystemWatcher('**/*.rubric');
    private readonly subscriptions: vscode.Disposable[] = [this.rubricFiles];

    constructor(private readonly serverModule: string) {
        this.subscriptions.push(
            vscode.workspace.onDidChangeConfiguration(async (event) => {
                if (event.affectsConfiguration(`${SECTION}.language`)) await this.restart();
                else if (event.affectsConfiguration(`${SECTION}.inlayHints.enabled`)) this.refreshInlayHints();
            }),
        );
    }

    /** The running client; commands wait for it. */
    async ready(): Promise<LanguageClient> {
        this.starting ??= this.launch();
        await this.starting;
        return this.client!;
    }

    start(): Promise<void> {
        this.starting = this.launch();
        return this.starting;
    }

    /** Stops the running server and starts a new one, in one step that ready() waits for. */
    restart(): Promise<void> {
        const previous = this.client;
        this.client = undefined;
        this.starting = (async () => {
            if (previous?.isRunning()) await previous.stop();
            await this.launch();
        })();
        return this.starting;
    }

    private async launch(): Promise<void> {
        const serverOptions: ServerOptions = {
            run: { module: this.serverModule, transport: TransportKind.ipc },
            debug: { module: this.serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
        };
        const initializationOptions: RubricInitializationOptions = { locale: messageLocale() };
        const clientOptions: LanguageClientOptions = {
            // assessments by name, whatever language the editor gives them (plain text without a YAML extension)
            documentSelector: [
                { scheme: 'file', language: 'rubric' },
                { scheme: 'untitled', language: 'rubric' },
                { scheme: 'file', pattern: '**/*.assessment.{json,yaml,yml}' },
                { scheme: 'file', pattern: '**/assessments/*.{json,yaml,yml}' },
                { scheme: 'file', pattern: '**/results-*.json' },
            ],
            synchronize: { fileEvents: this.rubricFiles },
            initializationOptions,
            // keyword hovers link to the bundled language reference through this one command, and only it
            markdown: { isTrusted: { enabledCommands: [SHOW_REFERENCE_COMMAND] } },
            middleware: {
                provideInlayHints: (document, range, token, next) => (inlayHintsEnabled() ? next(document, range, token) : []),
            },
        };
        // the id makes the client read `parRubric.trace.server`
        const client = new LanguageClient(SECTION, vscode.l10n.t('PAR Rubric language server'), serverOptions, clientOptions);
        this.client = client;
        await client.start();
    }

    private refreshInlayHints(): void {
        const feature = this.client?.getFeature(InlayHintRequest.method);
        for (const editor of vscode.window.visibleTextEditors) {
            feature?.getProvider(editor.document)?.onDidChangeInlayHints.fire();
        }
    }

    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        this.starting = undefined;
        if (client?.isRunning()) await client.stop();
    }

    dispose(): void {
        this.subscriptions.forEach((s) => s.dispose());
        void this.stop();
    }
}
