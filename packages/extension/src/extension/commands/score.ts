import * as vscode from 'vscode';
import type { ScorePreviews } from '../preview/score-previews.js';

/** An assessment file: name.assessment.json/yaml, or any JSON/YAML file in an `assessments` folder. */
const ASSESSMENT_FILE = /(\.assessment\.(json|ya?ml)|\/assessments\/[^/]+\.(json|ya?ml))$/i;

/**
 * "Score an assessment": opens the preview panel for an assessment — the one given (explorer, editor title,
 * a test), the one in the active editor, or one the user picks. The rubric is the one given, else the
 * workspace rubric whose id the assessment names.
 */
export function registerScoreCommand(previews: ScorePreviews): vscode.Disposable {
    return vscode.commands.registerCommand('parRubric.scoreAssessment', async (assessmentArg?: unknown, rubricArg?: unknown) => {
        const active = vscode.window.activeTextEditor?.document;
        const rubric = rubricArg instanceof vscode.Uri ? rubricArg : active?.languageId === 'rubric' ? active.uri : undefined;
        const assessment =
            assessmentArg instanceof vscode.Uri
                ? assessmentArg
                : active && ASSESSMENT_FILE.test(active.uri.path)
                  ? active.uri
                  : await pickAssessment();
        if (!assessment) return undefined;
        const preview = await previews.show(assessment, rubric);
        return preview.html;
    });
}

async function pickAssessment(): Promise<vscode.Uri | undefined> {
    const files = await vscode.workspace.findFiles('**/{*.assessment.{json,yaml,yml},assessments/*.{json,yaml,yml}}', '**/node_modules/**', 500);
    if (files.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No assessment in the workspace (*.assessment.json, *.assessment.yaml or a file in an assessments folder).'));
        return undefined;
    }
    const items = files
        .map((uri) => ({ label: vscode.workspace.asRelativePath(uri, false), uri }))
        .sort((a, b) => a.label.localeCompare(b.label));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Assessment to score') });
    return picked?.uri;
}
