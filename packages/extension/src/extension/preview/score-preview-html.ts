import * as vscode from 'vscode';
import type { ScoreResult, ScoreView } from '../../protocol.js';

/** The score preview's page: a static table in the editor's theme colours, no scripts. */
export function renderScorePreview(result: ScoreResult, cspSource: string): string {
    const body = result.ok ? scoreTable(result.view) : problemList(result.problems);
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline';">
<style>
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1rem 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--vscode-panel-border); vertical-align: top; }
td.points, th.points { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.depth-0 td { font-weight: 600; }
tr.not-applicable td { opacity: 0.6; }
.summary { display: flex; gap: 2rem; margin: 1rem 0; font-size: 1.15em; }
.summary strong { font-size: 1.3em; }
.problems li { color: var(--vscode-errorForeground); }
.notes li { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

function scoreTable(view: ScoreView): string {
    const rows = view.rows
        .map(
            (row) =>
                `<tr class="depth-${row.depth}${row.applicable ? '' : ' not-applicable'}"><td style="padding-left:${0.5 + row.depth * 1.25}rem">${escape(row.code)}</td>` +
                `<td>${escape(row.title)}${row.applicable ? '' : ` <em>(${escape(vscode.l10n.t('not applicable'))})</em>`}</td>` +
                `<td class="points">${escape(row.points)}/${escape(row.max)}</td></tr>`,
        )
        .join('\n');
    const notes = view.notes.length > 0 ? `<ul class="notes">${view.notes.map((n) => `<li>${escape(n)}</li>`).join('')}</ul>` : '';
    return `<h2>${escape(view.unitName)}</h2>
<p>${escape(view.rubricTitle)}</p>
<div class="summary">
<div>${escape(vscode.l10n.t('Total'))}: <strong id="total">${escape(view.total)}</strong>/${escape(view.max)}</div>
<div>${escape(vscode.l10n.t('Index'))}: <strong>${escape(view.index)}</strong></div>
<div>${escape(vscode.l10n.t('Grade'))}: <strong id="grade">${escape(view.grade)}</strong></div>
${view.adjustments ? `<div>${escape(vscode.l10n.t('Bonus / penalty'))}: <strong>${escape(view.adjustments)}</strong></div>` : ''}
</div>
<table>
<thead><tr><th>${escape(vscode.l10n.t('Code'))}</th><th>${escape(vscode.l10n.t('Title'))}</th><th class="points">${escape(vscode.l10n.t('Points'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${notes}`;
}

function problemList(problems: string[]): string {
    return `<h2>${escape(vscode.l10n.t('This assessment cannot be scored yet'))}</h2>
<ul class="problems">${problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>`;
}

function escape(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
