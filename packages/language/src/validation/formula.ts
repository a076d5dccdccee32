import type { AstNode } from 'langium';
import {
    isBinaryExpression,
    isBooleanLiteral,
    isCall,
    isMetricRef,
    isNumberLiteral,
    isStringLiteral,
    isUnaryExpression,
    type Expression,
    type Formula,
} from '../generated/ast.js';
import type { FormulaReason } from '../i18n/messages.js';
import { readFigure } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import { reportedFigure } from './number.js';
import { ratioOfPercent } from './percent.js';
import type { Reporter } from './reporter.js';

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

/** A formula gives a number. */
export function formulaGivesANumber(formula: Formula, report: Reporter): void {
    if (formula.expression) checkExpression(formula.expression, 'number', report);
}

/** A yes/no item's condition is a yes/no condition. */
export function conditionIsYesNo(condition: Expression, report: Reporter): void {
    checkExpression(condition, 'boolean', report);
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
    if (metric?.type === 'ratio' && figure.kind === 'percent') ratioOfPercent(figure.value, literal.value, metric, { node: literal }, report);
}

function typeOf(expression: Expression, report: Reporter): ValueType {
    if (isNumberLiteral(expression)) return reportedFigure(expression.value, { node: expression }, report) ? 'number' : 'unknown';
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
