import * as vscode from 'vscode';
import { RubricRequests, type ScoreParams, type ScoreResult } from '../../protocol.js';
import type { RubricLanguageClient } from '../language-client.js';
import { OPEN_LOCATION } from '../commands/open-location.js';
import { renderScorePreview } from './score-preview-html.js';

const VIEW_TYPE = 'parRubric.scorePreview';
/** Typing in the rubric or the assessment re-scores after this pause. */
const UPDATE_DELAY_MS = 250;

/** One preview panel per assessment, re-scored whenever the assessment or a rubric changes. */
export class ScorePreviews implements vscode.Disposable {
    private readonly previews = new Map<string, ScorePreview>();

    constructor(private readonly languageClient: RubricLanguageClient) {}

    async show(assessment: vscode.Uri, rubric: vscode.Uri | undefined): Promise<ScorePreview> {
        let preview = this.previews.get(assessment.toString());
        if (preview) {
            preview.rubric = rubric ?? preview.rubric;
            preview.reveal();
        } else {
            preview = new ScorePreview(this.languageClient, assessment, rubric, () => this.previews.delete(assessment.toString()));
            this.previews.set(assessment.toString(), preview);
        }
        await preview.update();
        return preview;
    }

    list(): { assessment: vscode.Uri; html: string }[] {
        return [...this.previews.values()].map((p) => ({ assessment: p.assessment, html: p.html }));
    }

    dispose(): void {
        [...this.previews.values()].forEach((p) => p.dispose());
    }
}

class ScorePreview implements vscode.Disposable {
    private readonly panel: vscode.WebviewPanel;
    private readonly subscriptions: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private disposed = false;

    constructor(
        private readonly languageClient: RubricLanguageClient,
        readonly assessment: vscode.Uri,
        public rubric: vscode.Uri | undefined,
        private readonly onDisposed: () => void,
    ) {
        const name = assessment.path.slice(assessment.path.lastIndexOf('/') + 1);
        this.panel = vscode.window.createWebviewPanel(
            VIEW_TYPE,
            vscode.l10n.t('Score: {0}', name),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: false, enableFindWidget: true, enableCommandUris: [OPEN_LOCATION] },
        );
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(assessment, '..'), name));
        this.subscriptions.push(
            watcher,
            watcher.onDidChange(() => this.schedule()),
            vscode.workspace.onDidChangeTextDocument((event) => {
                const changed = event.document;
                if (changed.uri.toString() === assessment.toString() || changed.languageId === 'rubric') this.schedule();
            }),
            // the figures follow the message language (73,34 or 73.34)
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration('parRubric.language')) this.schedule();
            }),
            this.panel.onDidDispose(() => this.dispose()),
        );
    }

    get html(): string {
        return this.panel.webview.html;
    }

    reveal(): void {
        this.panel.reveal(undefined, true);
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
    }

    async update(): Promise<void> {
        const generation = ++this.generation;
        let result: ScoreResult;
        try {
            const text = await this.assessmentText();
            const client = await this.languageClient.ready();
            const params: ScoreParams = { assessment: { uri: this.assessment.toString(), text }, rubricUri: this.rubric?.toString() };
            result = await client.sendRequest<ScoreResult>(RubricRequests.score, params);
        } catch (error) {
            const problems = [{ text: error instanceof Error ? error.message : String(error) }];
            result = { ok: false, problems, heading: vscode.l10n.t('This assessment cannot be scored yet'), title: this.panel.title };
        }
        // an older request that answers late must not overwrite a newer one
        if (generation !== this.generation || this.disposed) return;
        // the server's words: the title follows `parRubric.language` as the page does
        this.panel.title = result.title;
        this.panel.webview.html = renderScorePreview(result, this.panel.webview.cspSource);
    }

    /** What the user sees in the editor, saved or not; else what is on disk. */
    private async assessmentText(): Promise<string> {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.assessment.toString());
        if (open) return open.getText();
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.assessment));
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        clearTimeout(this.timer);
        this.subscriptions.forEach((s) => s.dispose());
        this.panel.dispose();
        this.onDisposed();
    }
}
