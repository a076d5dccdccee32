import { AstUtils, type AstNode } from 'langium';
import { max as maxOf, percentToRatio, type Fixed } from '../decimal/fixed.js';
import {
    isBinaryExpression,
    isBooleanLiteral,
    isCall,
    isMetricRef,
    isNumberLiteral,
    isRubric,
    isStringLiteral,
    isUnaryExpression,
    type Band,
    type Bands,
    type Choice,
    type Deadline,
    type Deduction,
    type Expression,
    type Formula,
    type Judged,
    type Metric,
    type Node,
    type Proportional,
    type ScoringMethod,
    type YesNo,
} from '../generated/ast.js';
import { isLeaf, nodeMax, rubricStep } from '../ast/rubric-queries.js';
import type { FormulaReason } from '../i18n/messages.js';
import { isValidDate, readFigure } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

type PointsSource = { node: AstNode; property: string; text: string | undefined };

/** What a scoring method needs to know about the leaf it scores. */
type Leaf = { node: Node; max: Fixed | undefined; step: Fixed | undefined };

function leafOf(method: ScoringMethod): Leaf | undefined {
    const node = method.$container as Node;
    if (!isLeaf(node)) return undefined; // reported as a method on a parent
    const rubric = AstUtils.getContainerOfType(node, isRubric);
    return { node, max: nodeMax(node), step: rubric ? rubricStep(rubric) : undefined };
}

/**
 * Each outcome's points: a plain decimal, a multiple of the step, within [0, max]; then the best outcome
 * must be the max. An outcome already reported as over the max does not also count as "best ≠ max".
 */
function checkOutcomePoints(leaf: Leaf, sources: PointsSource[], report: Reporter): void {
    let best: Fixed | undefined;
    let complete = true;
    let exceeded = false;
    for (const source of sources) {
        if (source.text === undefined) {
            complete = false;
            continue;
        }
        const figure = readFigure(source.text);
        if (figure.kind !== 'decimal') {
            complete = false;
            const code = figure.kind === 'too-large' ? IssueCodes.NumberTooLarge : IssueCodes.MalformedNumber;
            report.error(code, { text: source.text }, source);
            continue;
        }
        const points = figure.value;
        if (leaf.max !== undefined && points > leaf.max) {
            exceeded = true;
            report.error(IssueCodes.PointsExceedMax, { points, max: leaf.max, code: leaf.node.code }, source);
        } else if (leaf.step !== undefined && points % leaf.step !== 0) {
            report.error(IssueCodes.PointsOffStep, { points, step: leaf.step }, source);
        }
        best = best === undefined ? points : maxOf(best, points);
    }
    if (complete && !exceeded && best !== undefined && leaf.max !== undefined && best !== leaf.max) {
        report.error(IssueCodes.BestNotMax, { best, max: leaf.max, code: leaf.node.code }, { node: leaf.node, property: 'code' });
    }
}

export function checkChoice(choice: Choice, report: Reporter): void {
    const leaf = leafOf(choice);
    if (!leaf) return;
    if (choice.outcomes.length < 2) {
        report.error(IssueCodes.TooFewOutcomes, {}, { node: choice, keyword: 'choice' });
    }
    const labels = new Set<string>();
    for (const outcome of choice.outcomes) {
        const key = outcome.label.trim().toLowerCase();
        if (labels.has(key)) report.error(IssueCodes.DuplicateOutcome, { label: outcome.label }, { node: outcome, property: 'label' });
        labels.add(key);
    }
    checkOutcomePoints(leaf, choice.outcomes.map((o) => ({ node: o, property: 'points', text: o.points })), report);
}

export function checkYesNo(yesNo: YesNo, report: Reporter): void {
    const leaf = leafOf(yesNo);
    if (!leaf) return;
    for (const answer of ['yes', 'no'] as const) {
        const found = yesNo.outcomes.filter((o) => o.answer === answer);
        if (found.length === 0) report.error(IssueCodes.YesNoIncomplete, { answer }, { node: yesNo, keyword: 'yesno' });
        for (const duplicate of found.slice(1)) {
            report.error(IssueCodes.DuplicateOutcome, { label: answer }, { node: duplicate, property: 'answer' });
        }
    }
    if (yesNo.condition) checkExpression(yesNo.condition, 'boolean', report);
    checkOutcomePoints(leaf, yesNo.outcomes.map((o) => ({ node: o, property: 'points', text: o.points })), report);
}

export function checkDeadline(deadline: Deadline, report: Reporter): void {
    const leaf = leafOf(deadline);
    if (!leaf) return;
    if (deadline.due && !isValidDate(deadline.due)) {
        report.error(IssueCodes.InvalidDate, { text: deadline.due }, { node: deadline, property: 'due' });
    }
    checkMetricType(deadline.metric?.ref, ['date'], { node: deadline, property: 'metric' }, report);
    for (const status of ['onTime', 'late', 'missing'] as const) {
        const found = deadline.outcomes.filter((o) => o.status === status);
        if (found.length === 0) report.error(IssueCodes.DeadlineIncomplete, { status }, { node: deadline, keyword: 'deadline' });
        for (const duplicate of found.slice(1)) {
            report.error(IssueCodes.DuplicateOutcome, { label: status }, { node: duplicate, property: 'status' });
        }
    }
    if (deadline.graceDays !== undefined && !/^\d+$/.test(deadline.graceDays)) {
        report.error(IssueCodes.MalformedNumber, { text: deadline.graceDays }, { node: deadline, property: 'graceDays' });
    }
    checkOutcomePoints(leaf, deadline.outcomes.map((o) => ({ node: o, property: 'points', text: o.points })), report);
}

export function checkProportional(proportional: Proportional, report: Reporter): void {
    checkMetricType(proportional.metric?.ref, ['percent', 'ratio'], { node: proportional, property: 'metric' }, report);
}

export function checkDeduction(deduction: Deduction, report: Reporter): void {
    const leaf = leafOf(deduction);
    if (!leaf) return;
    checkMetricType(deduction.metric?.ref, ['count'], { node: deduction, property: 'metric' }, report);
    const figure = readFigure(deduction.amount);
    if (figure.kind !== 'decimal') {
        report.error(IssueCodes.MalformedNumber, { text: deduction.amount }, { node: deduction, property: 'amount' });
    } else if (figure.value <= 0 || (leaf.max !== undefined && figure.value > leaf.max)) {
        report.error(IssueCodes.DeductionInvalid, { amount: figure.value, max: leaf.max ?? figure.value }, { node: deduction, property: 'amount' });
    } else if (leaf.step !== undefined && figure.value % leaf.step !== 0) {
        report.error(IssueCodes.PointsOffStep, { points: figure.value, step: leaf.step }, { node: deduction, property: 'amount' });
    }
}

export function checkJudged(judged: Judged, report: Reporter): void {
    const leaf = leafOf(judged);
    if (!leaf || judged.step === undefined) return;
    const figure = readFigure(judged.step);
    if (figure.kind !== 'decimal') {
        report.error(IssueCodes.MalformedNumber, { text: judged.step }, { node: judged, property: 'step' });
    } else if (
        figure.value <= 0
        || (leaf.step !== undefined && figure.value % leaf.step !== 0)
        || (leaf.max !== undefined && figure.value > leaf.max)
    ) {
        report.error(IssueCodes.JudgedStep, { points: figure.value, step: leaf.step ?? figure.value }, { node: judged, property: 'step' });
    }
}

export function checkFormula(formula: Formula, report: Reporter): void {
    if (formula.expression) checkExpression(formula.expression, 'number', report);
}

/** Bands: one direction, no band shadowed by an earlier one, nothing after else, every value covered. */
export function checkBands(bands: Bands, report: Reporter): void {
    const leaf = leafOf(bands);
    if (!leaf) return;
    const metric = bands.metric?.ref;
    checkMetricType(metric, ['percent', 'ratio', 'count', 'number'], { node: bands, property: 'metric' }, report);
    const lower = bands.bands.filter((b) => b.operator === '>' || b.operator === '>=');
    const upper = bands.bands.filter((b) => b.operator === '<' || b.operator === '<=');
    if (lower.length > 0 && upper.length > 0) {
        report.error(IssueCodes.BandsMixedDirection, {}, { node: upper[0], property: 'operator' });
    }
    const read = new Map<Band, Fixed>();
    let elseSeen = false;
    for (const band of bands.bands) {
        if (elseSeen) {
            report.error(IssueCodes.BandAfterElse, {}, { node: band });
            continue;
        }
        if (band.otherwise) {
            elseSeen = true;
            continue;
        }
        if (band.threshold === undefined) continue;
        const value = readThreshold(band, metric, report);
        if (value !== undefined) read.set(band, value);
    }
    if (lower.length === 0 || upper.length === 0) {
        const ordered = bands.bands.filter((b) => read.has(b));
        for (let i = 0; i < ordered.length; i++) {
            const shadow = ordered.slice(0, i).find((earlier) => covers(earlier, read.get(earlier)!, ordered[i], read.get(ordered[i])!));
            if (shadow) {
                report.error(
                    IssueCodes.BandUnreachable,
                    { band: describeBand(ordered[i]), previous: describeBand(shadow) },
                    { node: ordered[i] },
                );
            }
        }
        if (!elseSeen && !coversWholeRange(ordered, read, metric)) {
            report.error(IssueCodes.BandsNoElse, { metric: bands.metric?.$refText ?? '' }, { node: bands, keyword: 'bands' });
        }
    }
    checkOutcomePoints(leaf, bands.bands.map((b) => ({ node: b, property: 'points', text: b.points })), report);
}

function describeBand(band: Band): string {
    return band.otherwise ? 'else' : `${band.operator} ${band.threshold}`;
}

/** The threshold in the metric's own unit: percent metrics count in percent, ratios in 0–1. */
function readThreshold(band: Band, metric: Metric | undefined, report: Reporter): Fixed | undefined {
    const text = band.threshold!;
    const figure = readFigure(text);
    const where = { node: band, property: 'threshold' };
    if (figure.kind === 'malformed') {
        report.error(IssueCodes.MalformedNumber, { text }, where);
        return undefined;
    }
    if (figure.kind === 'too-large') {
        report.error(IssueCodes.NumberTooLarge, { text }, where);
        return undefined;
    }
    const type = metric?.type;
    if (figure.kind === 'percent') {
        if (type === 'count' || type === 'number') {
            report.error(IssueCodes.MetricTypeMismatch, { metric: metric!.name, type, expected: 'percent | ratio' }, where);
            return undefined;
        }
        if (figure.value > 100_000_000) {
            report.error(IssueCodes.PercentRange, { text }, where);
            return undefined;
        }
        if (type !== 'ratio') return figure.value;
        const ratio = percentToRatio(figure.value);
        if (ratio === undefined) report.error(IssueCodes.PercentTooFine, { text, metric: metric!.name }, where);
        return ratio;
    }
    if (type === 'percent') {
        report.error(IssueCodes.PercentExpected, { text }, where);
        return undefined;
    }
    if (type === 'ratio' && figure.value > 1_000_000) {
        report.error(IssueCodes.PercentRange, { text }, where);
        return undefined;
    }
    return figure.value;
}

/** Does the earlier band match every value the later one matches? (Both one-sided or equalities.) */
function covers(earlier: Band, a: Fixed, later: Band, b: Fixed): boolean {
    const e = earlier.operator;
    const l = later.operator;
    if (e === '=') return l === '=' && a === b;
    if (l === '=') {
        if (e === '>=') return b >= a;
        if (e === '>') return b > a;
        if (e === '<=') return b <= a;
        return b < a;
    }
    if (e === '>=' && (l === '>=' || l === '>')) return a <= b;
    if (e === '>' && l === '>') return a <= b;
    if (e === '>' && l === '>=') return a < b;
    if (e === '<=' && (l === '<=' || l === '<')) return a >= b;
    if (e === '<' && l === '<') return a >= b;
    if (e === '<' && l === '<=') return a > b;
    return false;
}

/** Without else, the last band must reach the end of the metric's range (0 for counts and shares, 100% up). */
function coversWholeRange(ordered: Band[], read: Map<Band, Fixed>, metric: Metric | undefined): boolean {
    const last = ordered[ordered.length - 1];
    if (!last || !metric) return false;
    const value = read.get(last)!;
    if (last.operator === '>=') return value === 0 && metric.type !== 'number';
    if (last.operator === '<=') {
        if (metric.type === 'percent') return value === 100_000_000;
        if (metric.type === 'ratio') return value === 1_000_000;
    }
    return false;
}

export function checkMetricType(
    metric: Metric | undefined,
    allowed: Metric['type'][],
    where: { node: AstNode; property: string },
    report: Reporter,
): void {
    if (metric && metric.type && !allowed.includes(metric.type)) {
        report.error(IssueCodes.MetricTypeMismatch, { metric: metric.name, type: metric.type, expected: allowed.join(' | ') }, where);
    }
}

type ValueType = 'number' | 'boolean' | 'text' | 'date' | 'unknown';

/** How many arguments each function takes: exactly n, at least n, or one of two counts. */
type Arity = { exactly: number } | { atLeast: number } | { either: [number, number] };

const ARITY: Record<string, Arity> = {
    min: { atLeast: 1 },
    max: { atLeast: 1 },
    if: { exactly: 3 },
    all: { atLeast: 1 },
    any: { atLeast: 1 },
    round: { either: [1, 2] },
};

function fitsArity(arity: Arity, count: number): boolean {
    if ('exactly' in arity) return count === arity.exactly;
    if ('atLeast' in arity) return count >= arity.atLeast;
    return arity.either.includes(count);
}

/** A light type check so that a formula never compares a date with a number or adds yes to 5. */
function checkExpression(expression: Expression, expected: 'number' | 'boolean', report: Reporter): void {
    const type = typeOf(expression, report);
    if (type !== 'unknown' && type !== expected) {
        formulaError(expression, report, { reason: expected === 'number' ? 'expectedNumber' : 'expectedCondition' });
    }
}

function formulaError(node: AstNode, report: Reporter, reason: FormulaReason): void {
    report.error(IssueCodes.FormulaInvalid, reason, { node });
}

/** A percentage beside a ratio metric compiles to a ratio: it must be one exactly (`share >= 90%`). */
function checkPercentAgainstRatio(literal: Expression, peer: Expression, report: Reporter): void {
    if (!isNumberLiteral(literal) || !isMetricRef(peer)) return;
    const metric = peer.metric?.ref;
    const figure = readFigure(literal.value);
    if (metric?.type === 'ratio' && figure.kind === 'percent' && percentToRatio(figure.value) === undefined) {
        report.error(IssueCodes.PercentTooFine, { text: literal.value, metric: metric.name }, { node: literal });
    }
}

function typeOf(expression: Expression, report: Reporter): ValueType {
    if (isNumberLiteral(expression)) {
        const figure = readFigure(expression.value);
        if (figure.kind === 'malformed' || figure.kind === 'too-large') {
            report.error(figure.kind === 'malformed' ? IssueCodes.MalformedNumber : IssueCodes.NumberTooLarge, { text: expression.value }, { node: expression });
            return 'unknown';
        }
        return 'number';
    }
    if (isStringLiteral(expression)) return 'text';
    if (isBooleanLiteral(expression)) return 'boolean';
    if (isMetricRef(expression)) {
        const metric = expression.metric?.ref;
        if (!metric) return 'unknown';
        if (metric.type === 'yesno') return 'boolean';
        if (metric.type === 'oneOf') return 'text';
        if (metric.type === 'date') return 'date';
        return 'number';
    }
    if (isUnaryExpression(expression)) {
        const operand = typeOf(expression.operand, report);
        const want = expression.operator === 'not' ? 'boolean' : 'number';
        if (operand !== 'unknown' && operand !== want) {
            formulaError(expression, report, { reason: want === 'number' ? 'operandNumber' : 'operandCondition', operator: expression.operator });
            return 'unknown';
        }
        return want;
    }
    if (isBinaryExpression(expression)) {
        const left = typeOf(expression.left, report);
        const right = typeOf(expression.right, report);
        const op = expression.operator;
        checkPercentAgainstRatio(expression.left, expression.right, report);
        checkPercentAgainstRatio(expression.right, expression.left, report);
        if (op === 'and' || op === 'or') {
            if ((left !== 'unknown' && left !== 'boolean') || (right !== 'unknown' && right !== 'boolean')) {
                formulaError(expression, report, { reason: 'joinsConditions', operator: op });
                return 'unknown';
            }
            return 'boolean';
        }
        if (op === '=' || op === '!=') {
            if (left !== 'unknown' && right !== 'unknown' && left !== right) {
                formulaError(expression, report, { reason: 'comparesTypes' });
                return 'unknown';
            }
            return 'boolean';
        }
        const comparison = ['<', '<=', '>', '>='].includes(op);
        const known = [left, right].filter((t) => t !== 'unknown');
        const fits = comparison
            ? known.every((t) => t === 'number') || known.every((t) => t === 'date')
            : known.every((t) => t === 'number');
        if (!fits) {
            formulaError(expression, report, { reason: 'needsNumbers', operator: op });
            return 'unknown';
        }
        return ['<', '<=', '>', '>='].includes(op) ? 'boolean' : 'number';
    }
    if (isCall(expression)) {
        const arity = ARITY[expression.function] ?? { atLeast: 0 };
        if (!fitsArity(arity, expression.args.length)) {
            const f = expression.function;
            if ('exactly' in arity) formulaError(expression, report, { reason: 'arityExactly', function: f, count: arity.exactly });
            else if ('atLeast' in arity) formulaError(expression, report, { reason: 'arityAtLeast', function: f, count: arity.atLeast });
            else formulaError(expression, report, { reason: 'arityEither', function: f, low: arity.either[0], high: arity.either[1] });
            return 'unknown';
        }
        const args = expression.args.map((a) => typeOf(a, report));
        const want = (t: ValueType, w: ValueType) => t === 'unknown' || t === w;
        switch (expression.function) {
            case 'all':
            case 'any':
                if (!args.every((t) => want(t, 'boolean'))) formulaError(expression, report, { reason: 'takesConditions', function: expression.function });
                return 'boolean';
            case 'if':
                if (!want(args[0], 'boolean')) formulaError(expression.args[0], report, { reason: 'ifCondition' });
                return args[1] === 'unknown' ? args[2] : args[1];
            default:
                if (!args.every((t) => want(t, 'number'))) formulaError(expression, report, { reason: 'takesNumbers', function: expression.function });
                return 'number';
        }
    }
    return 'unknown';
}
