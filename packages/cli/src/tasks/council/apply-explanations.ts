import * as path from 'node:path';
import type { Assessment, CompiledRubric, ItemAnswer, Locale, SuppliedEvidence } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { cellDate } from '../../input/assessment/sheet-cell.js';
import type { SourceLocation, SourceProblem } from '@par-rubric/language/assessment-input';
import type { CouncilSheet } from '../../input/council/read-council-sheet.js';
import { leafNodes } from '../../layouts/item-leads.js';
import type { SheetVerdict } from './apply-appraisals.js';

/**
 * Folds the units' explanation sheets into their assessments: each filled row becomes the item's
 * explanation (not yet decided) with its added evidence and the sheet and cell it came from. A sheet is
 * applied whole or refused with its findings: another rubric or version, a unit or item that does not
 * exist, another unit's row, evidence without a title or without an explanation, a date that is none.
 */
export function applyExplanations(sheets: readonly CouncilSheet[], assessments: Map<string, Assessment>, rubric: CompiledRubric, locale: Locale): SheetVerdict[] {
    const nodes = leafNodes(rubric);
    return sheets.map((sheet) => {
        const findings: SourceProblem[] = [...sheet.findings];
        const at = (location: SourceLocation | undefined, message: string) => findings.push({ file: sheet.file, location, message });
        const cell = (column: string, row: number): SourceLocation => ({ kind: 'cell', sheet: sheet.sheet, cell: `${column}${row}` });
        const unit = sheet.header.get('unit') ?? '';
        if (sheet.kind !== 'explanation') at(undefined, text(locale, 'sheetNotExplanation'));
        else if (sheet.header.get('rubric') !== rubric.id) at(undefined, text(locale, 'sheetOtherRubric', { id: sheet.header.get('rubric') ?? '', expected: rubric.id }));
        else if (sheet.header.get('hash') !== rubric.hash) at(undefined, text(locale, 'sheetOtherVersion'));
        else if (!assessments.has(unit)) at(undefined, text(locale, 'sheetUnknownUnit', { unit }));
        const explanations: { code: string; explanation: NonNullable<ItemAnswer['explanation']> }[] = [];
        if (findings.length === 0) {
            for (const row of sheet.rows) {
                const code = row.fixed.get('code') ?? '';
                const given = row.inputs.get('explanation');
                const title = row.inputs.get('evidenceTitle');
                const others = ['evidenceNumber', 'evidenceDate', 'evidenceLink'].map((key) => row.inputs.get(key)).filter((c) => c !== undefined);
                if (!given && !title && others.length === 0) continue;
                if (row.fixed.get('unit') !== unit) {
                    at(cell('A', row.row), text(locale, 'sheetWrongUnit', { unit: row.fixed.get('unit') ?? '', expected: unit }));
                    continue;
                }
                if (!nodes.has(code)) {
                    at(cell('B', row.row), text(locale, 'sheetUnknownItem', { code }));
                    continue;
                }
                if (!given) {
                    at((title ?? others[0])!.location, text(locale, 'sheetEvidenceNoExplanation'));
                    continue;
                }
                const evidence: SuppliedEvidence[] = [];
                if (title || others.length > 0) {
                    if (!title) {
                        at(others[0]!.location, text(locale, 'sheetEvidenceNoTitle'));
                        continue;
                    }
                    const dateCell = row.inputs.get('evidenceDate');
                    const date = dateCell ? cellDate(dateCell) : undefined;
                    if (dateCell && !date) {
                        at(dateCell.location, text(locale, 'sheetBadDate', { value: dateCell.text }));
                        continue;
                    }
                    const number = row.inputs.get('evidenceNumber')?.text.trim();
                    const link = row.inputs.get('evidenceLink');
                    evidence.push({
                        title: title.text.trim(),
                        ...(number ? { number } : {}),
                        ...(date ? { date } : {}),
                        ...(link ? { link: link.link ?? link.text.trim() } : {}),
                    });
                }
                const where = given.location.kind === 'cell' ? given.location.cell : '';
                explanations.push({
                    code,
                    explanation: { text: given.text.trim(), ...(evidence.length > 0 ? { evidence } : {}), from: { sheet: path.basename(sheet.file), cell: where } },
                });
            }
        }
        if (findings.length === 0 && explanations.length > 0) {
            const assessment = assessments.get(unit)!;
            const items = (assessment.items ??= {});
            for (const { code, explanation } of explanations) (items[code] ??= {}).explanation = explanation;
        }
        return { file: sheet.file, findings, count: explanations.length, kind: 'explanation' as const };
    });
}
