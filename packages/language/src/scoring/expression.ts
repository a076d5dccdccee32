import { add, DIGITS, negate, roundToStep, SCALE, subtract, type Fixed } from '../decimal/fixed.js';
import { divideExact, multiplyExact } from './exact-products.js';
import { flatText } from './flat-text.js';
import { exactNumber } from './exact-number.js';
import type { CompiledExpression } from '../compiler/compiled-schema.js';

/**
 * Formulas and yes/no conditions as closures built from the compiled JSON tree: no source text is ever
 * evaluated, and the closures only call the exact decimal operations. Numbers are Fixed, dates are day
 * numbers, yes/no are booleans, options are strings (the rubric's validator has checked the types).
 */
export type Value = number | boolean | string;

/** Metric values of one assessment, by metric index; undefined where the unit gave none. */
export type MetricValues = readonly (Value | undefined)[];

export type Evaluator = {
    readonly evaluate: (values: MetricValues) => Value;
    /** The metrics the expression reads, in order of first mention (for reasons and missing-input problems). */
    readonly metrics: readonly number[];
};

/** Thrown inside evaluation and caught by the leaf: an input the formula needs is absent. */
export class MissingMetric {
    constructor(readonly metric: number) {}
}

/** Thrown inside evaluation and caught by the leaf: a division by zero or an overflow. */
export class FormulaFailure {
    constructor(readonly reason: 'division' | 'overflow') {}
}

type Compiled = (values: MetricValues) => Value;

export function compileEvaluator(expression: CompiledExpression, metricIndex: (name: string) => number): Evaluator {
    const metrics: number[] = [];
    const build = (node: CompiledExpression): Compiled => {
        switch (node.type) {
            case 'number': {
                const value = exactLiteral(node.value);
                return () => value;
            }
            case 'string': {
                const value = flatText(node.value);
                return () => value;
            }
            case 'boolean': {
                const value = node.value;
                return () => value;
            }
            case 'metric': {
                const index = metricIndex(node.name);
                if (!metrics.includes(index)) metrics.push(index);
                return (values) => {
                    const value = values[index];
                    if (value === undefined) throw new MissingMetric(index);
                    return value;
                };
            }
            case 'unary': {
                const operand = build(node.operand);
                return node.operator === 'not' ? (v) => !operand(v) : (v) => negate(operand(v) as Fixed);
            }
            case 'binary':
                return binary(node.operator, build(node.left), build(node.right));
            case 'call':
                return call(node.function, node.args.map(build));
        }
    };
    const evaluate = build(expression);
    return { evaluate, metrics };
}

function exactLiteral(value: number): Fixed {
    const fixed = exactNumber(value);
    if (fixed === undefined) throw new FormulaFailure('overflow');
    return fixed;
}

function checked(value: Fixed | undefined, reason: 'division' | 'overflow'): Fixed {
    if (value === undefined) throw new FormulaFailure(reason);
    return value;
}

function binary(operator: Extract<CompiledExpression, { type: 'binary' }>['operator'], left: Compiled, right: Compiled): Compiled {
    switch (operator) {
        case 'or':
            return (v) => (left(v) as boolean) || (right(v) as boolean);
        case 'and':
            return (v) => (left(v) as boolean) && (right(v) as boolean);
        case '=':
            return (v) => left(v) === right(v);
        case '!=':
            return (v) => left(v) !== right(v);
        case '<':
            return (v) => (left(v) as number) < (right(v) as number);
        case '<=':
            return (v) => (left(v) as number) <= (right(v) as number);
        case '>':
            return (v) => (left(v) as number) > (right(v) as number);
        case '>=':
            return (v) => (left(v) as number) >= (right(v) as number);
        case '+':
            return (v) => add(left(v) as Fixed, right(v) as Fixed);
        case '-':
            return (v) => subtract(left(v) as Fixed, right(v) as Fixed);
        case '*':
            return (v) => checked(multiplyExact(left(v) as Fixed, right(v) as Fixed), 'overflow');
        case '/':
            return (v) => checked(divideExact(left(v) as Fixed, right(v) as Fixed), 'division');
    }
}

function call(name: Extract<CompiledExpression, { type: 'call' }>['function'], args: Compiled[]): Compiled {
    switch (name) {
        case 'min':
            if (args.length === 0) return () => 0 as Fixed;
            return (v) => {
                let low = args[0](v) as Fixed;
                for (let i = 1; i < args.length; i++) {
                    const value = args[i](v) as Fixed;
                    if (value < low) low = value;
                }
                return low;
            };
        case 'max':
            if (args.length === 0) return () => 0 as Fixed;
            return (v) => {
                let high = args[0](v) as Fixed;
                for (let i = 1; i < args.length; i++) {
                    const value = args[i](v) as Fixed;
                    if (value > high) high = value;
                }
                return high;
            };
        case 'if':
            return (v) => ((args[0](v) as boolean) ? args[1](v) : args[2](v));
        case 'all':
            return (v) => args.every((arg) => arg(v) as boolean);
        case 'any':
            return (v) => args.some((arg) => arg(v) as boolean);
        case 'round':
            return (v) => {
                const value = args[0](v) as Fixed;
                const decimals = args.length > 1 ? Math.trunc((args[1](v) as Fixed) / SCALE) : 0;
                if (decimals >= DIGITS) return value;
                return roundToStep(value, (10 ** (DIGITS - Math.max(0, decimals))) as Fixed);
            };
    }
}
