import { compare, toText, type Fixed, type Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { outcomeList, outcomeWithPoints, pointsOf, type OutcomeText } from './outcome-text.js';
import { bandAdvice } from './band-advice.js';
import type { TableLayout } from './table-columns.js';
import type { SourceTable, TableCell, TablePlace, TableRow } from './source-table.js';
import { oneLine, plainWords } from './tidy-text.js';

type DraftOutcome = OutcomeText & { place: TablePlace };

/** A line of the sheet kept in the output as a comment: what could not be read, or a note beside a rule. */
type DraftRemark = { place: TablePlace; text: string };

/** One field, criterion or item as the sheet states it; its code is the sheet's, made dotted. */
export type DraftNode = {
    code: string;
    /** The code as written, when it had to be spelled differently ("II", "a)", "1."). */
    writtenCode?: string;
    title: string;
    max?: Fixed;
    place: TablePlace;
    depth: number;
    children: DraftNode[];
    outcomes: DraftOutcome[];
    remarks: DraftRemark[];
    /** Something under it could not be read, so it is scored by judgement until someone writes its rule. */
    judged: boolean;
    /** A scoring-rule cell without outcomes and points ("Chấm theo tỷ lệ …"): kept as a comment. */
    unreadRule?: TableCell;
};

export type ImportFinding = { place: TablePlace; severity: 'warning' | 'info'; code: string; message: string };

export type RubricDraft = {
    title?: string;
    /** The total row's figure, and the cell it stands in. */
    total?: { points: Fixed; place: TablePlace };
    /** The latest year the table's texts mention ("Kế hoạch CCHC năm 2024"), where the title names none. */
    yearMentioned?: { year: number; place: TablePlace };
    nodes: DraftNode[];
    findings: ImportFinding[];
};

const TOTAL_ROW = /^(tong cong|tong diem|tong so diem|total)\b|^(tong|cong)\s*:?$/;
/** A dash or bullet in the code column marks an outcome row ("- | Ban hành kịp thời | 1"), not a code. */
const BULLET = /^\s*[-\u2013\u2014+\u2022\u00B7*]\s*$/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/**
 * The table read as a rubric tree, saying exactly what the sheet says: codes, titles, maxima and outcome
 * texts as written, defects included (a wrong max, a duplicate code, children numbered under another
 * parent all stay for `rubric check` to report). Rows it cannot read become findings and comments, and
 * the item they belong to is scored `judged`; the table ends at its total row.
 */
export function draftRubric(table: SourceTable, layout: TableLayout, locale: Locale): RubricDraft {
    const findings: ImportFinding[] = [];
    const warn = (place: TablePlace, code: string, message: string): void => void findings.push({ place, severity: 'warning', code, message });
    const roots: DraftNode[] = [];
    const stack: DraftNode[] = [];
    let romanFields = false;
    let total: RubricDraft['total'];
    let title: string | undefined;
    const { columns } = layout;
    const at = (row: TableRow, column: number | undefined): TableCell | undefined => (column === undefined ? undefined : row.cells[column]);

    for (const row of table.rows.slice(0, Math.max(0, layout.firstRow - 1))) title ??= titleOf(row);
    let yearMentioned: RubricDraft['yearMentioned'];
    for (const row of table.rows.slice(layout.firstRow)) {
        for (const cell of [at(row, columns.title), at(row, columns.rule)]) {
            for (const match of cell?.text.matchAll(/\b(?:19|20)\d{2}\b/g) ?? []) {
                if (!yearMentioned || Number(match[0]) > yearMentioned.year) yearMentioned = { year: Number(match[0]), place: cell!.place };
            }
        }
        const codeCell = BULLET.test(at(row, columns.code)?.text ?? '') ? undefined : at(row, columns.code);
        const titleCell = at(row, columns.title);
        const maxCell = at(row, columns.max);
        const ruleCell = at(row, columns.rule);
        if (!codeCell && titleCell && TOTAL_ROW.test(plainWords(titleCell.text)) && maxCell && pointsOf(maxCell.number ?? maxCell.text) !== undefined) {
            total = { points: pointsOf(maxCell.number ?? maxCell.text)!, place: maxCell.place };
            break;
        }
        const current = stack.at(-1);
        const code = codeCell ? readCode(codeCell, stack, romanFields) : undefined;
        if (code) {
            if (code.roman) romanFields = true;
            while (stack.length > 0 && stack.at(-1)!.depth >= code.depth) stack.pop();
            const node: DraftNode = {
                code: code.code,
                ...(code.code !== codeCell!.text ? { writtenCode: codeCell!.text } : {}),
                title: '',
                place: codeCell!.place,
                depth: code.depth,
                children: [],
                outcomes: [],
                remarks: [],
                judged: false,
            };
            const lines = titleCell ? titleCell.text.split('\n') : [];
            // a title cell may carry the outcomes on the lines below the title
            const below = lines.length > 1 ? outcomeList(lines.slice(1).join('\n')) : undefined;
            node.title = below ? lines[0] : oneLine(titleCell?.text ?? '');
            if (below) node.outcomes.push(...below.outcomes.map((o) => ({ ...o, place: titleCell!.place })));
            if (!titleCell) warn(codeCell!.place, 'import/no-title', text(locale, 'importNoTitle', { code: codeCell!.text }));
            if (maxCell) {
                const max = pointsOf(maxCell.number ?? maxCell.text);
                if (max === undefined) warn(maxCell.place, 'import/unread-max', text(locale, 'importUnreadMax', { value: maxCell.text }));
                else node.max = max;
            }
            if (ruleCell) readRule(ruleCell, node);
            (stack.length > 0 ? stack.at(-1)!.children : roots).push(node);
            stack.push(node);
            continue;
        }
        if (!current) continue; // above the first coded row: titles and headings
        const content = titleCell ?? codeCell;
        if (!content && !maxCell) continue; // only the ignored columns: self score, appraisal, notes
        const outcomes = content && !codeCell ? outcomeRow(content, maxCell, current, warn, locale) : undefined;
        if (outcomes) {
            current.outcomes.push(...outcomes);
            continue;
        }
        const place = (codeCell ?? content ?? maxCell)!.place;
        const shown = row.cells.filter((cell): cell is TableCell => cell !== undefined).map((cell) => oneLine(cell.text)).join(' | ');
        current.remarks.push({ place, text: `${text(locale, 'importUnreadRemark')}: ${shown}` });
        current.judged = true;
        warn(place, 'import/unread-row', text(locale, 'importUnreadRow', { text: shown, code: current.code }));
    }
    for (const node of walk(roots)) finish(node, warn, findings, locale);
    return { title, total, yearMentioned, nodes: roots, findings };

    function readRule(cell: TableCell, node: DraftNode): void {
        const list = outcomeList(cell.text);
        if (list) {
            node.outcomes.push(...list.outcomes.map((o) => ({ ...o, place: cell.place })));
            node.remarks.push(...list.notes.map((note) => ({ place: cell.place, text: note })));
        } else {
            node.remarks.push({ place: cell.place, text: oneLine(cell.text) });
            node.unreadRule = cell;
        }
    }
}

/** An outcome row: its text with the points in the max column or at its end, or several outcomes in one cell. */
function outcomeRow(
    content: TableCell,
    maxCell: TableCell | undefined,
    node: DraftNode,
    warn: (place: TablePlace, code: string, message: string) => void,
    locale: Locale,
): DraftOutcome[] | undefined {
    const column = maxCell ? pointsOf(maxCell.number ?? maxCell.text) : undefined;
    const list = outcomeList(content.text);
    if (list && list.outcomes.length > 1) {
        node.remarks.push(...list.notes.map((note) => ({ place: content.place, text: note })));
        return list.outcomes.map((o) => ({ ...o, place: content.place }));
    }
    const written = outcomeWithPoints(content.text);
    if (written) {
        if (column !== undefined && compare(column, written.points) !== 0) {
            warn(maxCell!.place, 'import/points-differ', text(locale, 'importPointsDiffer', { text: toText(written.points), column: toText(column) }));
        }
        return [{ label: written.label, points: column ?? written.points, place: content.place }];
    }
    return column === undefined ? undefined : [{ label: oneLine(content.text), points: column, place: content.place }];
}

/** A leaf without readable outcomes is judged; a parent's outcomes are kept as comments. */
function finish(
    node: DraftNode,
    warn: (place: TablePlace, code: string, message: string) => void,
    findings: ImportFinding[],
    locale: Locale,
): void {
    if (node.children.length > 0) {
        if (node.outcomes.length > 0) {
            warn(node.outcomes[0].place, 'import/parent-outcomes', text(locale, 'importParentOutcomes', { code: node.code }));
            node.remarks.push(...node.outcomes.map((o) => ({ place: o.place, text: `${o.label}: ${toText(o.points)}` })));
            node.outcomes = [];
        }
        node.judged = false;
        return;
    }
    if (node.unreadRule && node.outcomes.length === 0) {
        node.judged = true;
        warn(node.unreadRule.place, 'import/unread-rule', text(locale, 'importUnreadRule', { code: node.code, text: oneLine(node.unreadRule.text) }));
        return;
    }
    if (node.judged) {
        node.remarks.push(...node.outcomes.map((o) => ({ place: o.place, text: `${o.label}: ${toText(o.points)}` })));
        node.outcomes = [];
        return;
    }
    if (node.outcomes.length === 0) {
        node.judged = true;
        warn(node.place, 'import/no-outcomes', text(locale, 'importNoOutcomes', { code: node.code }));
        return;
    }
    const advice = bandAdvice(node.outcomes, locale);
    if (advice) findings.push({ place: advice.place, severity: 'info', code: 'import/band-text', message: advice.message });
}

/** A code as the sheet writes it, made dotted: "1.1.1", "1.", "II" (a field), "a)" (the next child). */
function readCode(cell: TableCell, stack: DraftNode[], romanFields: boolean): { code: string; depth: number; roman?: true } | undefined {
    const written = cell.number !== undefined ? String(cell.number) : cell.text.trim();
    const dotted = /^(\d+(?:\.\d+)*)\.?$/.exec(written);
    if (dotted) {
        const segments = dotted[1].split('.');
        if (!romanFields) return { code: dotted[1], depth: segments.length };
        const field = stack[0];
        return field ? { code: `${field.code}.${dotted[1]}`, depth: segments.length + 1 } : undefined;
    }
    const roman = ROMAN.indexOf(written.replace(/\.$/, '').toUpperCase());
    if (roman >= 0 && /^[IVXivx]+\.?$/.test(written)) return { code: String(roman + 1), depth: 1, roman: true };
    if (/^[a-z\u0111][).]$/iu.test(written)) {
        const parent = [...stack].reverse().find((node) => !/^[a-z\u0111][).]$/iu.test(node.writtenCode ?? ''));
        if (!parent) return undefined;
        const siblings = parent.children.filter((child) => child.writtenCode !== undefined && /^[a-z\u0111][).]$/iu.test(child.writtenCode)).length;
        return { code: `${parent.code}.${siblings + 1}`, depth: parent.depth + 1 };
    }
    return undefined;
}

/** A row above the headings that reads like the table's title. */
function titleOf(row: TableRow): string | undefined {
    const texts = row.cells.filter((cell): cell is TableCell => cell !== undefined).map((cell) => oneLine(cell.text));
    const longest = texts.sort((a, b) => b.length - a.length)[0];
    return longest && longest.length > 20 ? longest : undefined;
}

function* walk(nodes: DraftNode[]): Generator<DraftNode> {
    for (const node of nodes) {
        yield node;
        yield* walk(node.children);
    }
}
