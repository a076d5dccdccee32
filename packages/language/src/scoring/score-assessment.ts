import { add, clamp, compareProducts, fromNumber, HUNDRED, min as minOf, percentageOf, subtract, toText, ZERO, type Fixed } from '../decimal/fixed.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { AdjustmentClaim, Assessment } from '../assessment/assessment-schema.js';
import { readAnswer, type AnswerView } from './answer-view.js';
import { readAppraisal, type Appraisal } from './appraisal.js';
import { checkEvidence, type EvidenceGap } from './evidence-check.js';
import { applyRule } from './methods/index.js';
import type { ScoringRun } from './methods/scoring-method.js';
import { readMetricValues } from './metric-values.js';
import { MethodKind, type LeafSource, type PlanAdjustment, type PlanEvidenceRule } from './plan-types.js';
import type { PlanLeaf, ScoringPlan } from './plan.js';
import { ProblemCodes, problems } from './problems.js';
import type { AdjustmentResult, Deviation, DeviationCause, LeafResult, UnitScore } from './results.js';
import { titleKey } from './title-key.js';

/**
 * Scores one assessment against a prepared rubric. Never throws for a bad assessment: every misfit is a
 * problem with its JSON path, and the figures are still computed from what could be read, so a report can
 * show both. Semantics:
 * - a leaf's final score is the latest appraisal round given (appraisal2, else appraisal1; on a choice item
 *   the points of the outcome the council chose, never a figure between outcomes), else the score
 *   its rule computes, else the self-assessed score; judged leaves have no computed score, survey leaves
 *   take the survey result;
 * - missing required evidence applies the rule's effect (0 by default, a cap, or a flag) to the computed or
 *   self-assessed score unless an accepted explanation stands in; an appraised score is the council's
 *   decision with the evidence in view, so the effect does not override it;
 * - a node's score is the sum of its children held to its applicable maximum; a not-applicable node (only
 *   where the rubric marks it optional) leaves the unit's maximum;
 * - total = fields + bonus − penalty (each held to its cap); index = total ÷ applicable max × 100 held to
 *   [0, 100] — the adjusted total counts, as in the published results; the grade is read from the exact
 *   quotient.
 */
export function scoreAssessment(plan: ScoringPlan, assessment: Assessment): UnitScore {
    const out: AssessmentProblem[] = [];
    checkHeader(plan, assessment, out);
    const revised = assessment.hash !== undefined && assessment.hash !== plan.hash;
    const values = readMetricValues(plan, assessment, out);
    const nodes = plan.nodes;
    const count = nodes.length;
    const scratch = plan.scratch;
    const stamp = ++scratch.calls;
    const answers = scratch.answers;
    const notApplicable = readItems(plan, assessment, stamp, out);
    const applicable: boolean[] = new Array(count);
    for (let i = 0; i < count; i++) {
        const node = nodes[i];
        applicable[i] = !notApplicable[i] && (node.parent < 0 || applicable[node.parent]);
    }

    const run: ScoringRun = { step: plan.step, metrics: plan.metrics, values, survey: assessment.survey, reportedMetrics: undefined, out, computed: undefined };
    const planLeaves = plan.leaves;
    const leaves: LeafResult[] = new Array(planLeaves.length);
    const deviations: Deviation[] = [];
    let selfTotal = ZERO;
    let selfFinal = ZERO;
    let selfSeen = false;
    for (let l = 0; l < planLeaves.length; l++) {
        const leaf = planLeaves[l];
        const view = answers[leaf.node];
        if (!applicable[leaf.node]) {
            if (view.stamp === stamp) reportIgnoredAnswer(plan, leaf.node, view, notApplicable, out);
            leaves[leaf.index] = notApplicableLeaf(leaf);
            continue;
        }
        const result = scoreLeaf(run, leaf, view.stamp === stamp ? view : undefined);
        leaves[leaf.index] = result;
        if (result.self !== undefined) {
            selfSeen = true;
            selfTotal = add(selfTotal, result.self);
            selfFinal = add(selfFinal, result.score);
            if (result.self !== result.score) {
                deviations.push({
                    leaf: result,
                    self: result.self,
                    score: result.score,
                    difference: subtract(result.score, result.self),
                    cause: causeOf(result),
                });
            }
        }
    }

    // pre-order puts parents first: walking backwards sums every node's children before the node itself
    const nodeScores: Fixed[] = new Array(count);
    const nodeMax: Fixed[] = new Array(count);
    const nodeSelf: Fixed[] = new Array(count);
    const { sums, maxima, selfSums } = plan.scratch;
    sums.fill(ZERO);
    maxima.fill(ZERO);
    selfSums.fill(ZERO);
    for (let i = count - 1; i >= 0; i--) {
        const node = nodes[i];
        let score = ZERO;
        let max = ZERO;
        let claimed = ZERO;
        if (applicable[i]) {
            if (node.leaf >= 0) {
                score = leaves[node.leaf].score;
                max = node.max;
                claimed = leaves[node.leaf].self ?? ZERO;
            } else {
                max = minOf(maxima[i], node.max);
                score = minOf(sums[i], max);
                claimed = minOf(selfSums[i], node.max);
            }
        }
        nodeScores[i] = score;
        nodeMax[i] = max;
        nodeSelf[i] = claimed;
        if (node.parent >= 0) {
            sums[node.parent] = add(sums[node.parent], score);
            maxima[node.parent] = add(maxima[node.parent], max);
            selfSums[node.parent] = add(selfSums[node.parent], claimed);
        }
    }
    let base = ZERO;
    let applicableMax = ZERO;
    const fields = plan.fields;
    for (let f = 0; f < fields.length; f++) {
        base = add(base, nodeScores[fields[f]]);
        applicableMax = add(applicableMax, nodeMax[fields[f]]);
    }

    const adjustments: AdjustmentResult[] = [];
    const bonus = applyAdjustments('bonus', plan.bonuses, assessment.bonuses, plan, adjustments, out);
    const penalty = applyAdjustments('penalty', plan.penalties, assessment.penalties, plan, adjustments, out);
    const total = subtract(add(base, bonus), penalty);

    const pending: LeafResult[] = [];
    let pendingPoints = ZERO;
    for (let l = 0; l < leaves.length; l++) {
        if (leaves[l].pending) {
            pending.push(leaves[l]);
            pendingPoints = add(pendingPoints, leaves[l].leaf.max);
        }
    }

    let index: Fixed | undefined;
    let grade: string | undefined;
    if (applicableMax > 0) {
        const held = clamp(total, ZERO, applicableMax);
        index = applicableMax === HUNDRED ? held : (percentageOf(held, applicableMax) ?? ZERO);
        grade = gradeOf(plan, held, applicableMax);
    } else {
        out.push(problems.nothingApplicable());
    }

    // a file made for another version is scored when everything it uses still exists, else its misfits are listed under the hash
    const warnings: AssessmentProblem[] = [];
    if (assessment.hash === undefined) warnings.push(problems.hashMissing());
    else if (revised) {
        if (out.some((p) => REVISION_MISFITS.has(p.code))) out.unshift(problems.hashMismatch(assessment.hash, plan.hash));
        else warnings.push(problems.revisedRubric(assessment.hash));
    }

    return {
        unit: { id: assessment.unit.id, name: assessment.unit.name, type: assessment.unit.type, ...(assessment.unit.group !== undefined ? { group: assessment.unit.group } : {}) },
        rubric: assessment.rubric,
        year: assessment.year,
        leaves,
        nodeScores,
        nodeMax,
        applicable,
        nodeSelf,
        base,
        bonus,
        penalty,
        adjustments,
        total,
        max: applicableMax,
        index,
        grade,
        selfTotal: selfSeen ? selfTotal : undefined,
        gap: selfSeen ? subtract(selfTotal, selfFinal) : undefined,
        deviations,
        pending,
        pendingPoints,
        reachable: minOf(add(total, pendingPoints), applicableMax),
        problems: out,
        warnings,
    };
}

/** What a revision of the rubric can leave an old assessment pointing at: codes, metrics, outcomes and keys that are gone. */
const REVISION_MISFITS = new Set<string>([
    ProblemCodes.UnknownItem,
    ProblemCodes.UnknownMetric,
    ProblemCodes.UnknownOutcome,
    ProblemCodes.NotALeaf,
    ProblemCodes.AnswerNotExpected,
    ProblemCodes.MetricType,
    ProblemCodes.ScoreRange,
    ProblemCodes.NotOptional,
    ProblemCodes.NotSurvey,
    ProblemCodes.SurveySelf,
    ProblemCodes.UnknownAdjustment,
    ProblemCodes.MissingAnswer,
]);

function checkHeader(plan: ScoringPlan, assessment: Assessment, out: AssessmentProblem[]): void {
    if (assessment.rubric !== plan.id) out.push(problems.rubricMismatch(assessment.rubric, plan.id));
    if (assessment.year !== plan.year) out.push(problems.yearMismatch(assessment.year, plan.year));
    if (assessment.unit.type !== plan.unitType) out.push(problems.unitTypeMismatch(assessment.unit.type, plan.unitType));
}

/**
 * Reads each item entry into its node's answer view (stamped with this call) and returns the nodes the
 * unit marks not applicable, from `notApplicable` and from items' own flags — only nodes the rubric marks
 * optional may be. Unknown codes and answers given on a parent are problems.
 */
function readItems(plan: ScoringPlan, assessment: Assessment, stamp: number, out: AssessmentProblem[]): Uint8Array {
    const marked = plan.scratch.marked;
    marked.fill(0);
    const listed = assessment.notApplicable;
    if (listed !== undefined) {
        for (let i = 0; i < listed.length; i++) mark(plan, marked, listed[i], ['notApplicable', i], out);
    }
    const items = assessment.items;
    if (!items) return marked;
    const views = plan.scratch.answers;
    const order = plan.scratch.itemOrder;
    let position = 0;
    // a record of sixty-odd items is a dictionary-mode object: for-in walks it and loads each entry
    // without the hash lookup that items[key] costs after Object.keys (the order is the same)
    for (const code in items) {
        const index = order.indexOf(code, position++);
        if (index < 0) {
            out.push(problems.unknownItem(['items', code], code));
            continue;
        }
        const answer = items[code];
        const view = views[index];
        readAnswer(answer, view, stamp);
        if (view.notApplicable) mark(plan, marked, code, ['items', code, 'notApplicable'], out);
        if (plan.nodes[index].leaf < 0) {
            for (const key of Object.keys(answer)) {
                if (key !== 'notApplicable' && key !== 'notes') out.push(problems.notALeaf(['items', code, key], code));
            }
        }
    }
    return marked;
}

function mark(plan: ScoringPlan, marked: Uint8Array, code: string, path: (string | number)[], out: AssessmentProblem[]): void {
    const index = plan.nodeByCode.get(code);
    if (index === undefined) out.push(problems.unknownItem(path, code));
    else if (!plan.nodes[index].optional) out.push(problems.notOptional(path, code));
    else marked[index] = 1;
}

/** A score or an outcome given inside a node the unit marks not applicable would be dropped: say so instead. */
function reportIgnoredAnswer(plan: ScoringPlan, index: number, view: AnswerView, notApplicable: Uint8Array, out: AssessmentProblem[]): void {
    const key =
        view.self !== undefined ? 'self'
        : view.choice !== undefined ? 'choice'
        : view.answer !== undefined ? 'answer'
        : view.appraisal1 !== undefined ? 'appraisal1'
        : view.appraisal2 !== undefined ? 'appraisal2'
        : undefined;
    if (key === undefined) return;
    let marked = index;
    while (notApplicable[marked] === 0 && plan.nodes[marked].parent >= 0) marked = plan.nodes[marked].parent;
    const code = plan.nodes[index].code;
    out.push(problems.answerNotApplicable(['items', code, key], code, plan.nodes[marked].code));
}

function notApplicableLeaf(leaf: PlanLeaf): LeafResult {
    return {
        leaf,
        score: ZERO,
        self: undefined,
        computed: undefined,
        appraised: undefined,
        appraisedOutcome: undefined,
        appraisedFrom: undefined,
        explanation: undefined,
        source: 'notApplicable',
        detail: { kind: 'notApplicable' },
        missingEvidence: [],
        evidenceGaps: [],
        evidenceCost: ZERO,
        explained: false,
        effect: undefined,
        flagged: false,
        pending: false,
    };
}

/** A self or appraised score: within [0, max] and on the step, else a problem and no score. */
function readScore(value: number, leaf: PlanLeaf, step: Fixed, key: 'self', out: AssessmentProblem[]): Fixed | undefined {
    const points = fromNumber(value);
    if (points === undefined || points < 0 || points > leaf.max || points % step !== 0) {
        out.push(problems.scoreRange(['items', leaf.code, key], String(value), toText(leaf.max), toText(step)));
        return undefined;
    }
    return points;
}

const NO_EVIDENCE_MISSING: readonly PlanEvidenceRule[] = Object.freeze([]);
const NO_EVIDENCE_GAPS: readonly EvidenceGap[] = Object.freeze([]);

function scoreLeaf(run: ScoringRun, leaf: PlanLeaf, answer: AnswerView | undefined): LeafResult {
    const out = run.out;
    const isSurvey = leaf.kind === MethodKind.survey;
    let self: Fixed | undefined;
    let appraisal1: Appraisal | undefined;
    let appraisal2: Appraisal | undefined;
    if (answer !== undefined) {
        const step = leaf.scoreStep;
        const claimed = answer.self;
        if (claimed !== undefined) {
            if (isSurvey) out.push(problems.surveySelf(['items', leaf.code, 'self'], leaf.code));
            else self = readScore(claimed, leaf, step, 'self', out);
        }
        appraisal1 = readAppraisal(leaf, answer, 1, out);
        appraisal2 = readAppraisal(leaf, answer, 2, out);
    }
    const detail = applyRule(run, leaf, answer);
    const computed = run.computed;
    const verdict = !leaf.checksEvidence
        ? undefined
        : answer === undefined
          ? checkEvidence(leaf, undefined, false)
          : checkEvidence(leaf, answer.evidence, answer.accepted);

    let score: Fixed;
    let source: LeafSource;
    let effect = verdict?.effect;
    let evidenceCost = ZERO;
    const appraised = appraisal2 ?? appraisal1;
    if (appraised !== undefined) {
        score = appraised.points;
        source = appraisal2 !== undefined ? 'appraisal2' : 'appraisal1';
        effect = undefined;
    } else {
        if (computed !== undefined) {
            score = computed;
            source = isSurvey ? 'survey' : 'computed';
        } else if (self !== undefined) {
            score = self;
            source = 'self';
        } else {
            score = ZERO;
            source = 'none';
        }
        if (effect !== undefined) {
            const unaffected = score;
            if (effect.kind === 'zero') score = ZERO;
            else if (effect.kind === 'cap') score = minOf(score, effect.cap);
            evidenceCost = subtract(unaffected, score);
        }
    }
    return {
        leaf,
        score,
        self,
        computed,
        appraised: appraised?.points,
        appraisedOutcome: appraised?.outcome,
        appraisedFrom: source === 'appraisal2' ? answer?.appraisal2From : source === 'appraisal1' ? answer?.appraisal1From : undefined,
        explanation: explanationState(answer),
        source,
        detail,
        missingEvidence: verdict === undefined ? NO_EVIDENCE_MISSING : verdict.missing,
        evidenceGaps: verdict === undefined ? NO_EVIDENCE_GAPS : verdict.gaps,
        evidenceCost,
        explained: verdict === undefined ? false : verdict.explained,
        effect,
        flagged: effect !== undefined && effect.kind === 'flag',
        // the council's judgement or the survey has not come: the result stays provisional until it does
        pending: source === 'none' && (leaf.kind === MethodKind.judged || isSurvey),
    };
}

function explanationState(answer: AnswerView | undefined): LeafResult['explanation'] {
    const explanation = answer?.explanation;
    if (explanation === undefined) return undefined;
    return explanation.accepted === true ? 'accepted' : explanation.accepted === false ? 'notAccepted' : 'pending';
}

function causeOf(result: LeafResult): DeviationCause {
    if (result.source === 'appraisal1' || result.source === 'appraisal2') return 'appraised';
    if (result.effect && result.effect.kind !== 'flag') {
        const before = result.computed ?? result.self;
        if (before !== result.score) return 'evidence';
    }
    if (result.source === 'survey') return 'survey';
    if (result.source === 'none') return 'noInput';
    return 'computed';
}

/** Claims summed per key and held to the cap; claims for keys the rubric lacks are problems and count nothing. */
function applyAdjustments(
    kind: 'bonus' | 'penalty',
    declared: ReadonlyMap<string, PlanAdjustment>,
    claims: AdjustmentClaim[] | undefined,
    plan: ScoringPlan,
    results: AdjustmentResult[],
    out: AssessmentProblem[],
): Fixed {
    if (!claims || claims.length === 0) return ZERO;
    const list = kind === 'bonus' ? 'bonuses' : 'penalties';
    const claimed = new Map<PlanAdjustment, Fixed>();
    const grounds = new Map<PlanAdjustment, string[]>();
    claims.forEach((claim, i) => {
        const adjustment = declared.get(claim.key) ?? findByTitle(declared, claim.key);
        if (!adjustment) {
            out.push(problems.unknownAdjustment([list, i, 'key'], claim.key, kind));
            return;
        }
        const points = fromNumber(claim.points);
        if (points === undefined || points % plan.step !== 0) {
            out.push(problems.scoreRange([list, i, 'points'], String(claim.points), toText(adjustment.max), toText(plan.step)));
            return;
        }
        claimed.set(adjustment, add(claimed.get(adjustment) ?? ZERO, points));
        if (claim.reason !== undefined && claim.reason.trim() !== '') grounds.set(adjustment, [...(grounds.get(adjustment) ?? []), claim.reason.trim()]);
    });
    let total = ZERO;
    for (const adjustment of declared.values()) {
        const sum = claimed.get(adjustment);
        if (sum === undefined) continue;
        const points = minOf(sum, adjustment.max);
        total = add(total, points);
        results.push({ kind, key: adjustment.key, title: adjustment.title, claimed: sum, reasons: grounds.get(adjustment) ?? [], points, max: adjustment.max });
    }
    return total;
}

function findByTitle(declared: ReadonlyMap<string, PlanAdjustment>, key: string): PlanAdjustment | undefined {
    const wanted = titleKey(key);
    for (const adjustment of declared.values()) if (titleKey(adjustment.title) === wanted) return adjustment;
    return undefined;
}

/** The first grade whose threshold the exact index (held ÷ max × 100) meets; no rounding decides a grade. */
function gradeOf(plan: ScoringPlan, held: Fixed, max: Fixed): string | undefined {
    for (const grade of plan.grades) {
        const order = max === HUNDRED ? Math.sign(held - grade.min) : compareIndex(held, max, grade.min);
        if (order > 0 || (order === 0 && grade.inclusive)) return grade.name;
    }
    return undefined;
}

/** Sign of (held × 100 ÷ max − threshold), exactly: held × 100 × 10⁶ against threshold × max in millionths. */
function compareIndex(held: Fixed, max: Fixed, threshold: Fixed): number {
    return compareProducts(held, 100_000_000, threshold, max);
}
