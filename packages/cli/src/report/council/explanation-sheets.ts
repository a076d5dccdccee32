import { negate, toNumber, type CompiledRubric, type Locale } from '@par-rubric/language';
import { explainLeaf, type ScoringPlan } from '@par-rubric/language/scoring';
import { leafNodes } from '../../layouts/item-leads.js';
import { word } from '../report-text.js';
import type { ScoredUnit } from './appraisal-sheets.js';
import type { CouncilRow, CouncilSheetModel } from './council-workbook.js';

/**
 * After appraisal round 1, one explanation sheet per unit that lost points against its claim: every
 * item whose score is below the self-assessed one, with the appraisal's comment and the rule's reason,
 * and the cells for the unit's explanation and added evidence. Units that lost nothing get no sheet.
 */
export function explanationSheets(rubric: CompiledRubric, plan: ScoringPlan, units: readonly ScoredUnit[], locale: Locale): { unit: ScoredUnit; model: CouncilSheetModel }[] {
    const nodes = leafNodes(rubric);
    const sheets: { unit: ScoredUnit; model: CouncilSheetModel }[] = [];
    for (const unit of [...units].sort((a, b) => (a.assessment.unit.id < b.assessment.unit.id ? -1 : a.assessment.unit.id > b.assessment.unit.id ? 1 : 0))) {
        const { assessment, score } = unit;
        const rows: CouncilRow[] = score.deviations
            .filter((deviation) => deviation.difference < 0)
            .map((deviation) => {
                const code = deviation.leaf.leaf.code;
                const answer = assessment.items?.[code] ?? {};
                const comment = answer.appraisal1From?.comment;
                const why = [comment, explainLeaf(plan, deviation.leaf, locale)].filter(Boolean).join('\n');
                const explanation = answer.explanation;
                const added = explanation?.evidence?.[0];
                return {
                    cells: {
                        unit: assessment.unit.id,
                        code,
                        title: nodes.get(code)?.title,
                        max: toNumber(deviation.leaf.leaf.max),
                        self: toNumber(deviation.self),
                        appraised: toNumber(deviation.score),
                        lost: toNumber(negate(deviation.difference)),
                        why,
                        explanation: explanation?.text,
                        evidenceTitle: added?.title,
                        evidenceNumber: added?.number,
                        evidenceDate: added?.date,
                        evidenceLink: added?.link,
                    },
                };
            });
        if (rows.length === 0) continue;
        sheets.push({
            unit,
            model: {
                kind: 'explanation',
                title: word(locale, 'explanationSheetTitle'),
                subtitle: `${rubric.title} — ${assessment.unit.name}`,
                hint: word(locale, 'explanationSheetHint'),
                year: rubric.year,
                header: { kind: 'explanation', rubric: rubric.id, hash: rubric.hash, year: rubric.year, unit: assessment.unit.id },
                rows,
            },
        });
    }
    return sheets;
}
