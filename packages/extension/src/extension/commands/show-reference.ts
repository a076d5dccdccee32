import * as vscode from 'vscode';
import type { ShowReferenceArguments } from '../../protocol.js';
import { messageLocale } from '../settings.js';

/**
 * "Open the language reference": the copy of docs/reference.<locale>.md bundled with the extension, in
 * the Markdown preview, scrolled to the section a keyword hover links to (the preview scrolls to the
 * element whose id is the URI's fragment; the reference writes its anchors as `<a id="…">`).
 */
export function registerShowReferenceCommand(context: vscode.ExtensionContext): vscode.Disposable {
    return vscode.commands.registerCommand('parRubric.showReference', async (...[locale, anchor]: ShowReferenceArguments): Promise<vscode.Uri> => {
        const language = locale === 'vi' || locale === 'en' ? locale : messageLocale();
        const file = vscode.Uri.joinPath(context.extensionUri, 'docs', `reference.${language}.md`);
        const section = anchor && /^[\w-]+$/.test(anchor) ? file.with({ fragment: anchor }) : file;
        await vscode.commands.executeCommand('markdown.showPreview', section);
        return section;
    });
}
