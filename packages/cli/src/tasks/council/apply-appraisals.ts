import * as path from 'node:path';
import { fromNumber, type Assessment, type CompiledNode, type CompiledRubric, type ItemAnswer, type Locale } from '@par-rubric/language';
import { scoreAssessment, type ScoringPlan } from '@par-rubric/language/scoring';
import { text } from '../../cli-text.js';
import { cellNumber } from '../../input/assessment/sheet-cell.js';
import type { SourceLocation, SourceProblem } from '@par-rubric/language/assessment-input';
import type { CouncilSheet, CouncilSheetRow } from '../../input/council/read-council-sheet.js';
import { COUNCIL_AGENCY } from '../../layouts/council-sheet-layout.js';
import { leafLeads, leafNodes } from '../../layouts/item-leads.js';

/** What happened to one sheet: applied whole, or refused with its findings. */
export type SheetVerdict = {
    readonly file: string;
    readonly findings: readonly SourceProblem[];
    readonly count: number;
    readonly round?: 1 | 2;
    readonly kind?: 'appraisal' | 'explanation' | 'survey';
};

type Entry = { unit: string; code: string; round: 1 | 2; points?: number; choice?: string; comment?: string; location: SourceLocation };

/**
 * Folds the appraisal sheets into the units' assessments, sheet by sheet in the order given: a sheet
 * with any finding is refused whole (nothing of it is applied), every finding at its cell. Findings: a
 * sheet made for another rubric or version, a unit or item that does not exist, an item outside the
 * sheet's agency, text that is neither a score nor an outcome, a score the engine refuses (off-step, not
 * an outcome's points), and an item a sheet already applied appraised differently for the same round.
 */
export function applyAppraisals(
    sheets: readonly CouncilSheet[],
    assessments: Map<string, Assessment>,
    rubric: CompiledRubric,
    plan: ScoringPlan,
    locale: Locale,
): SheetVerdict[] {
    const leads = leafLeads(rubric);
    const nodes = leafNodes(rubric);
    const applied = new Map<string, { entry: Entry; file: string }>();
    const verdicts: SheetVerdict[] = [];
    for (const sheet of sheets) {
        const findings: SourceProblem[] = [...sheet.findings];
        const at = (location: SourceLocation | undefined, message: string) => findings.push({ file: sheet.file, location, message });
        const headerProblem = checkHeader(sheet, rubric, leads, locale);
        if (headerProblem) at(undefined, headerProblem);
        const round: 1 | 2 = sheet.header.get('round') === '2' ? 2 : 1;
        const agency = sheet.header.get('agency') ?? '';
        const entries: Entry[] = [];
        if (!headerProblem) {
            for (const row of sheet.rows) {
                const entry = readEntry(row, round, nodes, locale, at);
                if (!entry) continue;
                const first = cellAt(sheet, row, 'unit');
                if (!assessments.has(entry.unit)) at(first, text(locale, 'sheetUnknownUnit', { unit: entry.unit }));
                else if (!nodes.has(entry.code)) at(cellAt(sheet, row, 'code'), text(locale, 'sheetUnknownItem', { code: entry.code }));
                else if ((leads.get(entry.code) ?? COUNCIL_AGENCY[locale]) !== agency && !isCouncil(agency, leads.get(entry.code))) {
                    at(cellAt(sheet, row, 'code'), text(locale, 'sheetOutsideAgency', { code: entry.code, agency, lead: leads.get(entry.code) ?? COUNCIL_AGENCY[locale] }));
                } else {
                    const earlier = applied.get(key(entry));
                    if (earlier && !sameAppraisal(earlier.entry, entry)) {
                        at(entry.location, text(locale, 'sheetConflict', { other: `${earlier.file}: ${where(earlier.entry.location)}`, value: shownValue(earlier.entry) }));
                    } else entries.push(entry);
                }
            }
        }
        // the engine's verdict on the appraisals as they would stand, at the cells they came from
        const trial = new Map<string, Assessment>();
        if (findings.length === 0) {
            for (const entry of entries) {
                const copy = trial.get(entry.unit) ?? structuredClone(assessments.get(entry.unit)!);
                trial.set(entry.unit, copy);
                setAppraisal(copy, entry, agency, path.basename(sheet.file));
                if (entry.round === 2) decideExplanation(copy, entry, nodes.get(entry.code)!);
            }
            const byItem = new Map(entries.map((e) => [`${e.unit}|${e.code}`, e]));
            for (const [unit, copy] of trial) {
                for (const problem of scoreAssessment(plan, copy).problems) {
                    const [items, code, field] = problem.path;
                    if (items !== 'items' || typeof field !== 'string' || !field.startsWith(`appraisal${round}`)) continue;
                    const entry = byItem.get(`${unit}|${String(code)}`);
                    if (entry) at(entry.location, problem.message[locale]);
                }
            }
        }
        if (findings.length === 0) {
            for (const [unit, copy] of trial) assessments.set(unit, copy);
            for (const entry of entries) applied.set(key(entry), { entry, file: sheet.file });
        }
        verdicts.push({ file: sheet.file, findings, count: entries.length, round });
    }
    return verdicts;
}

/** The council's sheet is named in the language it was written in; either name is the council. */
function isCouncil(agency: string, lead: string | undefined): boolean {
    return lead === undefined && (agency === COUNCIL_AGENCY.vi || agency === COUNCIL_AGENCY.en);
}

function checkHeader(sheet: CouncilSheet, rubric: CompiledRubric, leads: Map<string, string | undefined>, locale: Locale): string | undefined {
    if (sheet.kind !== 'appraisal') return text(locale, 'sheetNotAppraisal');
    const id = sheet.header.get('rubric');
    if (id !== rubric.id) return text(locale, 'sheetOtherRubric', { id: id ?? '', expected: rubric.id });
    if (sheet.header.get('hash') !== rubric.hash) return text(locale, 'sheetOtherVersion');
    const round = sheet.header.get('round');
    if (round !== '1' && round !== '2') return text(locale, 'sheetBadRound', { round: round ?? '' });
    const agency = sheet.header.get('agency') ?? '';
    const known = [...leads.values()].some((lead) => lead === agency) || isCouncil(agency, undefined);
    if (!known) return text(locale, 'unknownLead', { lead: agency });
    return undefined;
}

function readEntry(
    row: CouncilSheetRow,
    round: 1 | 2,
    nodes: ReturnType<typeof leafNodes>,
    locale: Locale,
    at: (location: SourceLocation | undefined, message: string) => void,
): Entry | undefined {
    const cell = row.inputs.get('appraisal');
    if (!cell) return undefined;
    const unit = row.fixed.get('unit') ?? '';
    const code = row.fixed.get('code') ?? '';
    const comment = row.inputs.get('comment')?.text.trim() || undefined;
    const base = { unit, code, round, location: cell.location, ...(comment ? { comment } : {}) };
    const points = cellNumber(cell);
    if (points !== undefined) return { ...base, points };
    const scoring = nodes.get(code)?.scoring;
    if (scoring?.method === 'choice') {
        const typed = normalise(cell.text);
        const outcome = scoring.outcomes.find((o) => normalise(o.label) === typed);
        if (outcome) return { ...base, choice: outcome.label };
    }
    at(cell.location, text(locale, scoring?.method === 'choice' ? 'sheetNotAnOutcome' : 'sheetNotAScore', { value: cell.text }));
    return undefined;
}

function setAppraisal(assessment: Assessment, entry: Entry, agency: string, sheet: string): void {
    const items = (assessment.items ??= {});
    const answer: ItemAnswer = (items[entry.code] ??= {});
    const cell = entry.location.kind === 'cell' ? entry.location.cell : '';
    if (entry.round === 1) {
        delete answer.appraisal1;
        delete answer.appraisal1Choice;
        if (entry.choice !== undefined) answer.appraisal1Choice = entry.choice;
        else answer.appraisal1 = entry.points;
        answer.appraisal1From = { agency, sheet, cell, ...(entry.comment ? { comment: entry.comment } : {}) };
    } else {
        delete answer.appraisal2;
        delete answer.appraisal2Choice;
        if (entry.choice !== undefined) answer.appraisal2Choice = entry.choice;
        else answer.appraisal2 = entry.points;
        answer.appraisal2From = { agency, sheet, cell, ...(entry.comment ? { comment: entry.comment } : {}) };
    }
}

/**
 * Round 2 decides the unit's explanation: accepted when the council gives back points (round 2 above
 * round 1, or above the computed score where round 1 left the item alone), not accepted otherwise.
 */
function decideExplanation(assessment: Assessment, entry: Entry, node: CompiledNode): void {
    const answer = assessment.items?.[entry.code];
    if (!answer?.explanation) return;
    const pointsOf = (value: number | undefined, choice: string | number | undefined): number | undefined => {
        if (choice === undefined || node.scoring?.method !== 'choice') return value;
        const outcomes = node.scoring.outcomes;
        return (typeof choice === 'number' ? outcomes[choice - 1] : outcomes.find((o) => o.label === choice))?.points;
    };
    const before = pointsOf(answer.appraisal1, answer.appraisal1Choice) ?? answer.self;
    const after = pointsOf(answer.appraisal2, answer.appraisal2Choice);
    if (before === undefined || after === undefined) return;
    answer.explanation = { ...answer.explanation, accepted: compareFigures(after, before) > 0 };
}

/** Sign of a − b for two scores read from files, compared exactly. */
function compareFigures(a: number, b: number): number {
    const [x, y] = [fromNumber(a), fromNumber(b)];
    return x === undefined || y === undefined ? 0 : Math.sign(x - y);
}

function cellAt(sheet: CouncilSheet, row: CouncilSheetRow, column: string): SourceLocation {
    const letters = { unit: 'A', code: sheet.kind === 'appraisal' ? 'C' : 'B' }[column] ?? 'A';
    return { kind: 'cell', sheet: sheet.sheet, cell: `${letters}${row.row}` };
}

const key = (entry: Entry): string => `${entry.unit}|${entry.code}|${entry.round}`;
const sameAppraisal = (a: Entry, b: Entry): boolean => a.points === b.points && a.choice === b.choice;
const shownValue = (entry: Entry): string => entry.choice ?? String(entry.points);
const where = (location: SourceLocation): string => (location.kind === 'cell' ? `'${location.sheet}'!${location.cell}` : `${location.line}:${location.column}`);
const normalise = (value: string): string => value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
