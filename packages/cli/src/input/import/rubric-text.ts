import { sum, toText, type Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import type { DraftNode, RubricDraft } from './rubric-draft.js';
import { placeText } from './place-text.js';

/** The header `rubric import` writes: what the options say, else what the sheet says, else a placeholder. */
export type ImportHeader = { id: string; title: string; source: string; unitType?: string; year?: number };

const KINDS = ['field', 'criterion', 'item'] as const;

/**
 * The draft as .rubric source (unformatted; the formatter lays it out): one comment before every node and
 * outcome naming the cell it came from, the rows that could not be read kept as comments where they stood.
 */
export function rubricText(draft: RubricDraft, header: ImportHeader, locale: Locale): string {
    const lines: string[] = [`// ${text(locale, 'importedFrom', { source: header.source })}`, `rubric ${header.id} ${quoted(header.title)} {`];
    lines.push(header.unitType ? `unitType ${unitType(header.unitType)}` : `unitType ${quoted(text(locale, 'importUnitTypeUnknown'))}`);
    if (header.year !== undefined) lines.push(`year ${header.year}`);
    if (draft.total) lines.push(`// ${placeText(draft.total.place, locale)}`, `total ${toText(draft.total.points)}`);
    // without a total row the fields' maxima are the total: there is no other figure to check them against
    else if (draft.nodes.every((n) => n.max !== undefined)) lines.push(`total ${toText(sum(draft.nodes.map((n) => n.max!)))}`);
    const visit = (node: DraftNode): void => {
        const written = node.writtenCode !== undefined ? ` (${node.writtenCode})` : '';
        lines.push(`// ${placeText(node.place, locale)}${written}`);
        const max = node.max !== undefined ? ` max ${toText(node.max)}` : '';
        lines.push(`${KINDS[Math.min(node.depth, 3) - 1]} ${node.code} ${quoted(node.title)}${max} {`);
        for (const remark of node.remarks) lines.push(`// ${placeText(remark.place, locale)}: ${remark.text}`);
        if (node.children.length > 0) {
            node.children.forEach(visit);
        } else if (node.judged) {
            lines.push('judged');
        } else {
            lines.push('choice {');
            for (const outcome of node.outcomes) {
                lines.push(`// ${placeText(outcome.place, locale)}`, `${quoted(outcome.label)}: ${toText(outcome.points)}`);
            }
            lines.push('}');
        }
        lines.push('}');
    };
    draft.nodes.forEach(visit);
    lines.push('}');
    return lines.join('\n') + '\n';
}

function quoted(value: string): string {
    return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

function unitType(value: string): string {
    return ['province', 'department', 'district', 'commune'].includes(value) ? value : quoted(value);
}
