import * as vscode from 'vscode';
import type { Locale } from '../protocol.js';

export const SECTION = 'parRubric';

/** The language of diagnostics, hovers and previews: the setting, or VS Code's display language for `auto`. */
export function messageLocale(): Locale {
    const chosen = vscode.workspace.getConfiguration(SECTION).get<string>('language', 'auto');
    if (chosen === 'vi' || chosen === 'en') return chosen;
    return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function inlayHintsEnabled(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<boolean>('inlayHints.enabled', true);
}
