import type { PreviewLabels, ScoreProblem, ScoreResult, ScoreRow, ScoreView, SourceTarget } from '../../protocol.js';
import { OPEN_LOCATION } from '../commands/open-location.js';

/**
 * The score preview's page: a static table in the editor's theme colours, no scripts. Its words come
 * from the language server with its figures, so both follow `parRubric.language`; its links open the
 * rubric node of a line, or the place in the assessment of a problem.
 */
export function renderScorePreview(result: ScoreResult, cspSource: string): string {
    const body = result.ok ? scoreTable(result.view) : problemList(result.problems, result.heading);
    return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline';">
<style>
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1rem 1rem; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--vscode-panel-border); vertical-align: top; }
td.points, th.points { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.depth-0 td { font-weight: 600; }
tr.not-applicable td { opacity: 0.6; }
tr.items td { border-bottom: none; padding-top: 0; }
details li.lost .points { color: var(--vscode-errorForeground); }
details .reason { color: var(--vscode-descriptionForeground); }
.summary { display: flex; gap: 2rem; margin: 1rem 0; font-size: 1.15em; }
.summary strong { font-size: 1.3em; }
.provisional { padding: 0.5rem; border-left: 3px solid var(--vscode-editorWarning-foreground); }
.problems li { color: var(--vscode-errorForeground); }
.warnings li { color: var(--vscode-editorWarning-foreground); }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

function scoreTable(view: ScoreView): string {
    const { labels } = view;
    const rows = view.rows.map((row) => scoreRow(row, labels)).join('\n');
    return `<h2>${escape(view.unitName)}</h2>
<p>${escape(view.rubricTitle)}</p>
${view.provisional ? `<p class="provisional" id="provisional">${escape(view.provisional)}</p>` : ''}
${view.warnings.length > 0 ? `<p>${escape(labels.warnings)}:</p>${linkedList('warnings', view.warnings)}` : ''}
<div class="summary">
<div>${escape(labels.total)}: <strong id="total">${escape(view.total)}</strong>/${escape(view.max)}</div>
<div>${escape(labels.index)}: <strong>${escape(view.index)}</strong></div>
<div>${escape(labels.grade)}: <strong id="grade">${escape(view.grade)}</strong></div>
${view.adjustments ? `<div>${escape(labels.adjustments)}: <strong>${escape(view.adjustments)}</strong></div>` : ''}
</div>
<table>
<thead><tr><th>${escape(labels.code)}</th><th>${escape(labels.title)}</th><th class="points">${escape(labels.points)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function scoreRow(row: ScoreRow, labels: PreviewLabels): string {
    const line =
        `<tr class="depth-${row.depth}${row.applicable ? '' : ' not-applicable'}"><td style="padding-left:${0.5 + row.depth * 1.25}rem">${link(row.code, row.target)}</td>` +
        `<td>${escape(row.title)}${row.applicable ? '' : ` <em>(${escape(labels.notApplicable)})</em>`}</td>` +
        `<td class="points">${escape(row.points)}/${escape(row.max)}</td></tr>`;
    const lost = row.items.filter((item) => item.lost);
    if (lost.length === 0) return line;
    const items = lost
        .map((item) => `<li class="lost">${link(item.code, item.target)} ${escape(item.title)}: <span class="points">${escape(item.points)}/${escape(item.max)}</span><br><span class="reason">${escape(item.reason)}</span></li>`)
        .join('');
    return `${line}\n<tr class="items"><td></td><td colspan="2"><details><summary>${escape(labels.why)} (${lost.length})</summary><ul>${items}</ul></details></td></tr>`;
}

function problemList(problems: ScoreProblem[], heading: string): string {
    return `<h2>${escape(heading)}</h2>\n${linkedList('problems', problems)}`;
}

function linkedList(kind: string, problems: ScoreProblem[]): string {
    return `<ul class="${kind}">${problems.map((p) => `<li>${link(p.text, p.target)}</li>`).join('')}</ul>`;
}

/** A command link that opens the place; plain text where there is none. */
function link(label: string, target: SourceTarget | undefined): string {
    if (!target) return escape(label);
    const args = encodeURIComponent(JSON.stringify([target.uri, target.line, target.character]));
    return `<a href="command:${OPEN_LOCATION}?${args}">${escape(label)}</a>`;
}

function escape(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
