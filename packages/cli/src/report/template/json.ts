import type { CompiledRubric, Locale } from '@par-rubric/language';
import type { TemplateUnit } from '../../contracts/template-writer.js';
import { templateRows } from './template-rows.js';

/**
 * The blank assessment as plain data: every answer a unit can give is present with null, so that JSON
 * and YAML templates show the whole shape. Readers treat null as "not given".
 */
export function blankAssessment(rubric: CompiledRubric, locale: Locale, unit?: TemplateUnit): Record<string, unknown> {
    const items: Record<string, unknown> = {};
    const survey: Record<string, null> = {};
    for (const row of templateRows(rubric, locale)) {
        if (!row.leaf) continue;
        if (row.survey) {
            survey[row.node.code] = null;
            continue;
        }
        const scoring = row.node.scoring;
        const answer: Record<string, unknown> = {};
        if (scoring?.method === 'choice') answer.choice = null;
        if (scoring?.method === 'yesno' && !scoring.condition) answer.answer = null;
        Object.assign(answer, { self: null, evidence: [], explanation: null, notes: null, appraisal1: null, appraisal2: null });
        items[row.node.code] = answer;
    }
    return {
        rubric: rubric.id,
        hash: rubric.hash,
        year: rubric.year,
        unit: unit ? { ...unit } : { id: '', name: '', type: rubric.unitType },
        metrics: Object.fromEntries(rubric.metrics.map((m) => [m.name, null])),
        items,
        survey,
        bonuses: [],
        penalties: [],
        notApplicable: [],
    };
}

/** The JSON template: two-space indentation and a final newline, like every JSON the CLI writes. */
export default function jsonTemplate(rubric: CompiledRubric, locale: Locale, unit?: TemplateUnit): string {
    return JSON.stringify(blankAssessment(rubric, locale, unit), null, 2) + '\n';
}
