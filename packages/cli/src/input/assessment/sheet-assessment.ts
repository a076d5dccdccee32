import type { CompiledNode, CompiledRubric, Locale } from '@par-rubric/language';
import { text, type TextKey } from '../../cli-text.js';
import { LocationMap, type ParsedDocument, type SourceLocation, type SourceProblem, type ValuePath } from '@par-rubric/language/assessment-input';
import { cellDate, cellNumber, type SheetCell, type SheetRow } from './sheet-cell.js';
import { EVIDENCE_KEYS, readYesNo, unitTypeOf, type HeaderKey } from '../../layouts/sheet-layout.js';

/** What a spreadsheet reader found, before it becomes an assessment. */
export type SheetContent = {
    /** Where the sheet starts: the place to report what is missing altogether. */
    origin: SourceLocation;
    header: Map<HeaderKey, SheetCell>;
    /** The value cells of header rows left blank: where a missing unit id or name is reported. */
    blankHeader: Map<HeaderKey, SourceLocation>;
    items: SheetRow[];
    metrics: SheetRow[];
    adjustments: SheetRow[];
};

const BONUS_WORDS = new Set(['bonus', 'thưởng', 'điểm thưởng']);
const PENALTY_WORDS = new Set(['penalty', 'trừ', 'điểm trừ']);

/**
 * The rows of a filled-in template to the same plain assessment a JSON or YAML file holds, each value
 * remembered with its cell. The rubric says which leaves answer yes/no and what type each metric has, so
 * "Có" becomes true and "15/01/2022" becomes 2022-01-15; anything else is left for the schema and the
 * scoring engine to judge, at the cell it came from.
 */
export function assessmentFromSheet(
    content: SheetContent,
    rubric: CompiledRubric | undefined,
    file: string,
    locale: Locale,
    problems: readonly SourceProblem[] = [],
): ParsedDocument {
    const builder = new Builder(file, locale, content.origin);
    builder.problems.push(...problems);
    readHeader(builder, content);
    readMetrics(builder, content.metrics, rubric);
    readItems(builder, content.items, rubric);
    readAdjustments(builder, content.adjustments);
    return { value: builder.root, locations: builder.locations, problems: builder.problems, setAside: builder.setAside };
}

class Builder {
    readonly root: Record<string, unknown> = {};
    readonly locations = new LocationMap();
    readonly problems: SourceProblem[] = [];
    /** Paths of values left out because their cell could not be read. */
    readonly setAside: ValuePath[] = [];

    constructor(
        readonly file: string,
        readonly locale: Locale,
        origin: SourceLocation,
    ) {
        this.locations.set([], origin);
    }

    /** Sets the value at path, creating objects and arrays on the way, and records its location. */
    set(path: ValuePath, value: unknown, location: SourceLocation): void {
        let container: Record<string | number, unknown> = this.root;
        for (let i = 0; i < path.length - 1; i++) {
            const key = path[i] as string | number;
            if (container[key] === undefined) {
                container[key] = typeof path[i + 1] === 'number' ? [] : {};
                if (!this.locations.get(path.slice(0, i + 1))) this.locations.set(path.slice(0, i + 1), location);
            }
            container = container[key] as Record<string | number, unknown>;
        }
        container[path[path.length - 1] as string | number] = value;
        this.locations.set(path, location);
    }

    problem(cell: SheetCell | SheetRow, key: TextKey, params: Record<string, string | number> = {}): void {
        this.problems.push({ file: this.file, location: cell.location, message: text(this.locale, key, params) });
    }

    /** A cell whose value cannot be read: said here, its value left out, the path remembered at the cell. */
    unreadable(cell: SheetCell, path: ValuePath, key: TextKey, params: Record<string, string | number> = {}): void {
        this.problem(cell, key, params);
        this.setAside.push(path);
        this.blank(path, cell.location);
    }

    /** Where a value would have been: a blank cell's place, for the problem that it is missing. */
    blank(path: ValuePath, location: SourceLocation | undefined): void {
        if (location && !this.locations.get(path)) this.locations.set(path, location);
    }
}

function readHeader(builder: Builder, content: SheetContent): void {
    for (const [key, location] of content.blankHeader) builder.blank(key.split('.'), location);
    for (const [key, cell] of content.header) {
        const value = cell.text.trim();
        if (value === '') continue;
        if (key === 'year') {
            const year = cellNumber(cell);
            if (year === undefined) builder.unreadable(cell, ['year'], 'cellNotANumber', { value });
            else builder.set(['year'], year, cell.location);
        } else {
            builder.set(key.split('.'), key === 'unit.type' ? unitTypeOf(value) : value, cell.location);
        }
    }
}

function readMetrics(builder: Builder, rows: SheetRow[], rubric: CompiledRubric | undefined): void {
    const types = new Map(rubric?.metrics.map((m) => [m.name, m.type]));
    for (const row of rows) {
        const name = row.cells.get('metric')?.text.trim();
        if (!name) continue;
        const path = ['metrics', name];
        const cell = row.cells.get('value');
        if (!cell) {
            builder.blank(path, row.locate('value'));
            continue;
        }
        const type = types.get(name);
        if (type === 'percent' || type === 'ratio' || type === 'count' || type === 'number') {
            const value = cellNumber(cell, { percent: type === 'percent' });
            if (value === undefined) builder.unreadable(cell, path, 'cellNotANumber', { value: cell.text });
            else builder.set(path, value, cell.location);
        } else if (type === 'date') {
            const value = cellDate(cell);
            if (value === undefined) builder.unreadable(cell, path, 'cellNotADate', { value: cell.text });
            else builder.set(path, value, cell.location);
        } else if (type === 'yesno') {
            const value = readYesNo(cell.text);
            if (value === undefined) builder.unreadable(cell, path, 'cellNotYesNo', { value: cell.text });
            else builder.set(path, value, cell.location);
        } else {
            builder.set(path, type === undefined && cell.number !== undefined ? cell.number : cell.text.trim(), cell.location);
        }
    }
}

const ANSWER_KEYS = ['choice', 'self', 'survey', 'explanation', 'explanationAccepted', 'appraisal1', 'appraisal2', 'notes', 'notApplicable'];

function readItems(builder: Builder, rows: SheetRow[], rubric: CompiledRubric | undefined): void {
    const leaves = new Map<string, CompiledNode>();
    const visit = (nodes: CompiledNode[]): void => {
        for (const node of nodes) {
            if (node.children?.length) visit(node.children);
            else leaves.set(node.code, node);
        }
    };
    visit(rubric?.nodes ?? []);
    const evidenceCount = new Map<string, number>();
    let current: string | undefined;
    for (const row of rows) {
        const code = row.cells.get('code')?.text.trim();
        // the template's subtotal and total formulas stand on parent and total rows: not the unit's answers
        if (!code || !leaves.has(code)) for (const [key, cell] of row.cells) if (cell.formula) row.cells.delete(key);
        if (code) current = code;
        const hasAnswers = ANSWER_KEYS.some((key) => row.cells.has(key));
        if (!code && hasAnswers) {
            builder.problem(row, 'continuationRowAnswers');
            continue;
        }
        if (!current) {
            if (EVIDENCE_KEYS.some((key) => row.cells.has(key))) builder.problem(row, 'evidenceRowWithoutItem');
            continue;
        }
        const itemPath = ['items', current];
        if (code) placeAnswers(builder, row, itemPath, leaves.get(current));
        if (code && hasAnswers) readAnswers(builder, row, itemPath, leaves.get(current));
        if (EVIDENCE_KEYS.some((key) => row.cells.has(key))) {
            const index = evidenceCount.get(current) ?? 0;
            if (readEvidence(builder, row, [...itemPath, 'evidence', index], leaves.get(current))) evidenceCount.set(current, index + 1);
        }
    }
}

/**
 * An item's row says where each of its answers goes, filled or not: a missing choice is reported in the
 * choice column of the item's row, a missing self score in the self column, a missing survey result in
 * the survey column.
 */
function placeAnswers(builder: Builder, row: SheetRow, itemPath: ValuePath, leaf: CompiledNode | undefined): void {
    builder.locations.set(itemPath, row.cells.get('code')!.location);
    const yesno = leaf?.scoring?.method === 'yesno' && !leaf.scoring.condition;
    builder.blank([...itemPath, yesno ? 'answer' : 'choice'], row.locate('choice'));
    for (const key of ['self', 'appraisal1', 'appraisal2', 'notes']) builder.blank([...itemPath, key], row.locate(key));
    builder.blank(['survey', itemPath[1]], row.locate('survey'));
}

function readAnswers(builder: Builder, row: SheetRow, itemPath: ValuePath, leaf: CompiledNode | undefined): void {
    const cells = row.cells;
    const points = (key: 'self' | 'appraisal1' | 'appraisal2'): void => {
        const cell = cells.get(key);
        if (!cell) return;
        const value = cellNumber(cell);
        // the council appraises a choice item by picking one of its outcomes
        const outcome = key !== 'self' && value === undefined && leaf?.scoring?.method === 'choice' ? leaf.scoring.outcomes.find((o) => o.label === cell.text.trim()) : undefined;
        if (outcome) builder.set([...itemPath, `${key}Choice`], outcome.label, cell.location);
        else if (value === undefined) builder.unreadable(cell, [...itemPath, key], 'cellNotANumber', { value: cell.text });
        else builder.set([...itemPath, key], value, cell.location);
    };
    const choice = cells.get('choice');
    if (choice) readChoice(builder, choice, itemPath, leaf);
    points('self');
    points('appraisal1');
    points('appraisal2');
    const survey = cells.get('survey');
    if (survey) {
        const value = cellNumber(survey);
        if (value === undefined) builder.unreadable(survey, ['survey', itemPath[1]], 'cellNotANumber', { value: survey.text });
        else builder.set(['survey', itemPath[1]], value, survey.location);
    }
    const explanation = cells.get('explanation');
    const accepted = cells.get('explanationAccepted');
    if (explanation || accepted) {
        const location = (explanation ?? accepted)!.location;
        builder.set([...itemPath, 'explanation', 'text'], explanation?.text.trim() ?? '', explanation?.location ?? location);
        if (accepted) {
            const value = readYesNo(accepted.text);
            if (value === undefined) builder.unreadable(accepted, [...itemPath, 'explanation', 'accepted'], 'cellNotYesNo', { value: accepted.text });
            else builder.set([...itemPath, 'explanation', 'accepted'], value, accepted.location);
        }
    }
    const notes = cells.get('notes');
    if (notes) builder.set([...itemPath, 'notes'], notes.text.trim(), notes.location);
    const notApplicable = cells.get('notApplicable');
    if (notApplicable) {
        const value = readYesNo(notApplicable.text);
        if (value === undefined) builder.unreadable(notApplicable, ['notApplicable'], 'cellNotYesNo', { value: notApplicable.text });
        else if (value) {
            const list = (builder.root.notApplicable as string[] | undefined) ?? [];
            builder.set(['notApplicable', list.length], itemPath[1], notApplicable.location);
        }
    }
}

/** A yes/no leaf answers with its labels or yes/no words; a choice leaf with an outcome's label or number. */
function readChoice(builder: Builder, cell: SheetCell, itemPath: ValuePath, leaf: CompiledNode | undefined): void {
    const value = cell.text.trim();
    const scoring = leaf?.scoring;
    if (scoring?.method === 'yesno' && !scoring.condition) {
        const answer = value === scoring.outcomes.yes.label ? true : value === scoring.outcomes.no.label ? false : readYesNo(value);
        if (answer === undefined) builder.unreadable(cell, [...itemPath, 'answer'], 'cellNotYesNo', { value });
        else builder.set([...itemPath, 'answer'], answer, cell.location);
        return;
    }
    const isLabel = scoring?.method === 'choice' && scoring.outcomes.some((o) => o.label === value);
    const position = /^\d+$/.test(value) ? Number(value) : undefined;
    builder.set([...itemPath, 'choice'], !isLabel && position !== undefined ? position : value, cell.location);
}

/** One supplied document; its rubric evidence is the one named in the row's "required" cell. */
function readEvidence(builder: Builder, row: SheetRow, path: ValuePath, leaf: CompiledNode | undefined): boolean {
    const cells = row.cells;
    const required = cells.get('required')?.text.trim();
    const rule = required ? leaf?.evidence?.find((r) => r.title === required) : undefined;
    const title = cells.get('evidenceTitle')?.text.trim() || rule?.title;
    const anchor = cells.get('evidenceTitle') ?? cells.get(EVIDENCE_KEYS.find((key) => cells.has(key))!)!;
    if (!title) {
        builder.problem(anchor, 'evidenceWithoutTitle');
        return false;
    }
    builder.set([...path, 'title'], title, anchor.location);
    const number = cells.get('evidenceNumber');
    if (number) builder.set([...path, 'number'], number.text.trim(), number.location);
    const date = cells.get('evidenceDate');
    if (date) {
        const iso = cellDate(date);
        if (iso === undefined) builder.unreadable(date, [...path, 'date'], 'cellNotADate', { value: date.text });
        else builder.set([...path, 'date'], iso, date.location);
    }
    const link = cells.get('evidenceLink');
    if (link) builder.set([...path, 'link'], link.link ?? link.text.trim(), link.location);
    const section = cells.get('evidenceSection');
    if (section) builder.set([...path, 'section'], section.text.trim(), section.location);
    if (rule) builder.set([...path, 'ref'], rule.evidence ?? rule.title, anchor.location);
    return true;
}

function readAdjustments(builder: Builder, rows: SheetRow[]): void {
    const counts = { bonuses: 0, penalties: 0 };
    for (const row of rows) {
        const kindCell = row.cells.get('kind');
        const key = row.cells.get('key')?.text.trim();
        const points = row.cells.get('points');
        if (!kindCell || !key || !points) continue;
        const kind = kindCell.text.trim().toLowerCase();
        const list = BONUS_WORDS.has(kind) ? 'bonuses' : PENALTY_WORDS.has(kind) ? 'penalties' : undefined;
        if (!list) {
            builder.problem(kindCell, 'unknownAdjustmentKind', { value: kindCell.text });
            continue;
        }
        const value = cellNumber(points);
        if (value === undefined) {
            builder.unreadable(points, [list], 'cellNotANumber', { value: points.text });
            continue;
        }
        const path = [list, counts[list]++];
        builder.set([...path, 'key'], key, row.cells.get('key')!.location);
        builder.set([...path, 'points'], value, points.location);
        const reason = row.cells.get('reason');
        if (reason) builder.set([...path, 'reason'], reason.text.trim(), reason.location);
    }
}
