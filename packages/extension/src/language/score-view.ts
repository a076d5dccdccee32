import { compare, formatFixed, formatProblem, parseFixed, roundToStep, type Fixed, type Locale, type SourceProblem } from '@par-rubric/language';
import { explainLeaf, type ScoringPlan, type UnitScore } from '@par-rubric/language/scoring';
import type { Range } from 'vscode-languageserver-types';
import type { PreviewLabels, ScoreItem, ScoreProblem, ScoreRow, ScoreView, SourceTarget } from '../protocol.js';
import { text } from './server-text.js';

/** Fields (depth 1 in the plan) and their criteria: what a council reads at a glance; items open below them. */
const SHOWN_DEPTH = 2;
const HUNDREDTH = parseFixed('0.01')!;

type Scored = { plan: ScoringPlan; score: UnitScore; rubricUri: string; places: ReadonlyMap<string, Range>; warnings: SourceProblem[]; assessmentUri: string };

/** A unit's score as the preview shows it, words and figures in the chosen language. */
export function scoreView({ plan, score, rubricUri, places, warnings, assessmentUri }: Scored, locale: Locale): ScoreView {
    const figure = (value: Fixed) => formatFixed(value, locale);
    const target = (code: string): SourceTarget | undefined => {
        const range = places.get(code);
        return range && { uri: rubricUri, line: range.start.line, character: range.start.character };
    };
    const leafResults = new Map(score.leaves.map((result) => [result.leaf.node, result]));
    const item = (at: number): ScoreItem[] => {
        const node = plan.nodes[at];
        const result = leafResults.get(at);
        if (!result) return [];
        const lost = score.applicable[at] && compare(result.score, node.max) < 0;
        return [{ code: node.code, title: node.title, points: figure(result.score), max: figure(node.max), reason: explainLeaf(plan, result, locale), lost, target: target(node.code) }];
    };
    // a shown row that is a leaf explains itself; a criterion its leaves; a field's leaves are under its criteria
    const itemsOf = (at: number): ScoreItem[] => {
        const node = plan.nodes[at];
        if (node.leaf >= 0) return item(at);
        if (node.depth < SHOWN_DEPTH) return [];
        const below: ScoreItem[] = [];
        const visit = (index: number) => {
            if (plan.nodes[index].leaf >= 0) below.push(...item(index));
            plan.nodes[index].children.forEach(visit);
        };
        node.children.forEach(visit);
        return below;
    };
    const rows: ScoreRow[] = plan.nodes
        .filter((node) => node.depth <= SHOWN_DEPTH)
        .map((node) => ({
            code: node.code,
            title: node.title,
            depth: node.depth - 1,
            points: figure(score.nodeScores[node.index]),
            max: figure(node.max),
            applicable: score.applicable[node.index],
            target: target(node.code),
            items: itemsOf(node.index),
        }));
    const adjustments = [
        score.bonus > 0 ? `+${figure(score.bonus)} (${text(locale, 'bonus')})` : '',
        score.penalty > 0 ? `−${figure(score.penalty)} (${text(locale, 'penalty')})` : '',
    ].filter(Boolean);
    const provisional =
        score.pending.length > 0
            ? text(locale, 'provisional', { points: figure(score.pendingPoints), count: score.pending.length, reachable: figure(score.reachable) })
            : undefined;
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
        ...(provisional ? { provisional } : {}),
        warnings: warnings.map((w) => scoreProblem(w, assessmentUri)),
        labels: previewLabels(locale),
    };
}

/** A problem as `rubric score` prints it, linked to its line and column in the assessment. */
export function scoreProblem(problem: SourceProblem, assessmentUri: string): ScoreProblem {
    const at = problem.location?.kind === 'text' ? problem.location : undefined;
    return { text: formatProblem(problem), ...(at ? { target: { uri: assessmentUri, line: at.line - 1, character: at.column - 1 } } : {}) };
}

function previewLabels(locale: Locale): PreviewLabels {
    const keys = ['total', 'index', 'grade', 'adjustments', 'code', 'title', 'points', 'notApplicable', 'warnings', 'why'] as const;
    return Object.fromEntries(keys.map((key) => [key, text(locale, key)])) as PreviewLabels;
}
