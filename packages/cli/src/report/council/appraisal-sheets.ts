import { toNumber, type Assessment, type CompiledRubric, type ItemAnswer, type Locale } from '@par-rubric/language';
import type { UnitScore } from '@par-rubric/language/scoring';
import { COUNCIL_AGENCY } from '../../layouts/council-sheet-layout.js';
import { leafLeads, leafNodes, metricsOf } from '../../layouts/item-leads.js';
import { word } from '../report-text.js';
import { describeScoring } from '../rule-text.js';
import type { CouncilRow, CouncilSheetModel } from './council-workbook.js';

/** A unit as the council sheets show it: its answers and how the rules score them. */
export type ScoredUnit = { readonly assessment: Assessment; readonly score: UnitScore };

/**
 * One appraisal sheet per lead agency (the council's own for items without a lead), each with every
 * unit and only the agency's items; `agency` keeps only that one. Units come in the order of their ids.
 */
export function appraisalSheets(
    rubric: CompiledRubric,
    units: readonly ScoredUnit[],
    round: 1 | 2,
    locale: Locale,
    agency?: string,
): { agency: string; model: CouncilSheetModel }[] {
    const leads = leafLeads(rubric);
    const nodes = leafNodes(rubric);
    const agencies: string[] = [];
    for (const lead of leads.values()) {
        const name = lead ?? COUNCIL_AGENCY[locale];
        if (!agencies.includes(name)) agencies.push(name);
    }
    const sorted = [...units].sort((a, b) => compareText(a.assessment.unit.id, b.assessment.unit.id));
    return agencies
        .filter((name) => agency === undefined || name === agency)
        .map((name) => {
            const codes = [...leads].filter(([, lead]) => (lead ?? COUNCIL_AGENCY[locale]) === name).map(([code]) => code);
            const rows: CouncilRow[] = [];
            for (const unit of sorted) {
                for (const code of codes) rows.push(appraisalRow(rubric, nodes.get(code)!, unit, round, locale));
            }
            const model: CouncilSheetModel = {
                kind: 'appraisal',
                title: word(locale, 'appraisalSheetTitle', { round }),
                subtitle: `${rubric.title} — ${name}`,
                hint: word(locale, 'appraisalSheetHint'),
                year: rubric.year,
                header: { kind: 'appraisal', rubric: rubric.id, hash: rubric.hash, year: rubric.year, agency: name, round },
                rows,
            };
            return { agency: name, model };
        });
}

function appraisalRow(rubric: CompiledRubric, node: CompiledRubric['nodes'][number], unit: ScoredUnit, round: 1 | 2, locale: Locale): CouncilRow {
    const { assessment, score } = unit;
    const answer: ItemAnswer = assessment.items?.[node.code] ?? {};
    const result = score.leaves.find((leaf) => leaf.leaf.code === node.code);
    const labels = node.scoring?.method === 'choice' ? node.scoring.outcomes.map((o) => o.label) : undefined;
    const label = (chosen: string | number | undefined): string | undefined =>
        typeof chosen === 'number' && labels ? (labels[chosen - 1] ?? String(chosen)) : chosen === undefined ? undefined : String(chosen);
    const appraisal = (r: 1 | 2): string | number | undefined =>
        label(r === 1 ? answer.appraisal1Choice : answer.appraisal2Choice) ?? (r === 1 ? answer.appraisal1 : answer.appraisal2);
    const figures = metricsOf(node.scoring)
        .filter((name) => assessment.metrics?.[name] !== undefined)
        .map((name) => `${name}: ${String(assessment.metrics![name])}`);
    const evidence = (answer.evidence ?? []).map((e) => [e.number, e.date, e.title].filter(Boolean).join(' '));
    const explanation = answer.explanation;
    return {
        cells: {
            unit: assessment.unit.id,
            unitName: assessment.unit.name,
            code: node.code,
            title: node.title,
            max: node.max,
            method: describeScoring(node, rubric, locale),
            figures: figures.join('\n'),
            choice: label(answer.choice) ?? (answer.answer === undefined ? undefined : String(answer.answer)),
            self: answer.self,
            evidence: evidence.join('\n'),
            explanation: explanation ? [explanation.text, ...(explanation.evidence ?? []).map((e) => `+ ${[e.number, e.date, e.title].filter(Boolean).join(' ')}`)].join('\n') : undefined,
            computed: result?.computed === undefined ? undefined : toNumber(result.computed),
            previous: round === 2 ? appraisal(1) : undefined,
            appraisal: appraisal(round),
            comment: (round === 1 ? answer.appraisal1From : answer.appraisal2From)?.comment,
        },
        options: labels,
    };
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
