import { formatFixed, parseFixed, roundToStep, type Fixed, type Locale } from '@par-rubric/language';
import { formatPath, type ScoringPlan, type UnitScore } from '@par-rubric/language/scoring';
import type { ScoreRow, ScoreView } from '../protocol.js';
import { text } from './server-text.js';

/** Fields (depth 1 in the plan) and their criteria: what a council reads at a glance; items would be a wall. */
const SHOWN_DEPTH = 2;
const HUNDREDTH = parseFixed('0.01')!;

/** A unit's score as the preview shows it, figures written the way the chosen language writes them. */
export function scoreView(plan: ScoringPlan, score: UnitScore, rubricUri: string, locale: Locale): ScoreView {
    const figure = (value: Fixed) => formatFixed(value, locale);
    const rows: ScoreRow[] = plan.nodes
        .filter((node) => node.depth <= SHOWN_DEPTH)
        .map((node) => ({
            code: node.code,
            title: node.title,
            depth: node.depth - 1,
            points: figure(score.nodeScores[node.index]),
            max: figure(node.max),
            applicable: score.applicable[node.index],
        }));
    const adjustments = [
        score.bonus > 0 ? `+${figure(score.bonus)} (${text(locale, 'bonus')})` : '',
        score.penalty > 0 ? `−${figure(score.penalty)} (${text(locale, 'penalty')})` : '',
    ].filter(Boolean);
    return {
        rubricUri,
        rubricTitle: plan.rubric.title,
        unitName: score.unit.name || score.unit.id,
        rows,
        total: figure(score.total),
        max: figure(score.max),
        index: score.index === undefined ? '—' : `${formatFixed(roundToStep(score.index, HUNDREDTH), locale, 2)} %`,
        grade: score.grade ?? '—',
        adjustments: adjustments.join(' '),
        notes: score.problems.map((problem) => `${formatPath(problem.path)}: ${problem.message[locale]}`),
    };
}
