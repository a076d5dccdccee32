import {
    add,
    addQuotients,
    compareQuotients,
    decimalStep,
    divide,
    divideQuotients,
    fromNumber,
    multiply,
    multiplyQuotients,
    negate,
    negateQuotient,
    quotientFits,
    roundQuotientToStep,
    roundToStep,
    toNumber,
    subtract,
    toQuotient,
    ZERO,
    type Fixed,
    type Quotient,
} from '../decimal/fixed.js';
import { flatText } from './flat-text.js';
import type { CompiledExpression } from '../compiler/compiled-schema.js';
import { PlanError } from './plan-error.js';

/**
 * Formulas and yes/no conditions as closures built from the compiled JSON tree: no source text is ever
 * evaluated, and the closures only call the exact decimal operations. Numbers are Fixed, dates are their
 * day numbers in Fixed form (days since 1970-01-01), yes/no are booleans, options are strings (the rubric's
 * validator has checked the types).
 */
export type Value = Fixed | boolean | string;

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
    const builder = new Builder(metricIndex);
    return { evaluate: builder.value(expression), metrics: builder.metrics };
}

/** A formula's numeric result, kept exact (a Quotient) so that the method rounds it once, to its step. */
export type FormulaEvaluator = {
    readonly evaluate: (values: MetricValues) => Quotient;
    /** As Evaluator.metrics. */
    readonly metrics: readonly number[];
};

export function compileFormula(expression: CompiledExpression, metricIndex: (name: string) => number): FormulaEvaluator {
    const builder = new Builder(metricIndex);
    return { evaluate: builder.exact(expression), metrics: builder.metrics };
}

type Exact = (values: MetricValues) => Quotient;

class Builder {
    readonly metrics: number[] = [];

    constructor(private readonly metricIndex: (name: string) => number) {}

    private metric(name: string): number {
        const index = this.metricIndex(name);
        if (!this.metrics.includes(index)) this.metrics.push(index);
        return index;
    }

    value(node: CompiledExpression): Compiled {
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
                const index = this.metric(node.name);
                return (values) => {
                    const value = values[index];
                    if (value === undefined) throw new MissingMetric(index);
                    return value;
                };
            }
            case 'unary': {
                const operand = this.value(node.operand);
                return node.operator === 'not' ? (v) => !operand(v) : (v) => negate(numeric(operand(v)));
            }
            case 'binary':
                return binary(node.operator, this.value(node.left), this.value(node.right));
            case 'call':
                return call(node.function, node.args.map((arg) => this.value(arg)));
        }
    }

    /** A numeric expression computed without rounding (round() inside the formula still rounds, as written). */
    exact(node: CompiledExpression): Exact {
        switch (node.type) {
            case 'number': {
                const value = toQuotient(exactLiteral(node.value));
                return () => value;
            }
            case 'metric': {
                const index = this.metric(node.name);
                return (values) => {
                    const value = values[index];
                    if (value === undefined) throw new MissingMetric(index);
                    return toQuotient(numeric(value));
                };
            }
            case 'unary': {
                const operand = this.exact(node.operand);
                return (v) => negateQuotient(operand(v));
            }
            case 'binary': {
                const left = this.exact(node.left);
                const right = this.exact(node.right);
                switch (node.operator) {
                    case '+':
                        return (v) => addQuotients(left(v), right(v));
                    case '-':
                        return (v) => addQuotients(left(v), negateQuotient(right(v)));
                    case '*':
                        return (v) => fitting(multiplyQuotients(left(v), right(v)));
                    case '/':
                        return (v) => {
                            const quotient = divideQuotients(left(v), right(v));
                            if (quotient === undefined) throw new FormulaFailure('division');
                            return fitting(quotient);
                        };
                }
                break;
            }
            case 'call':
                return this.exactCall(node);
        }
        throw new PlanError(`a formula computes a number, not ${node.type === 'binary' ? `"${node.operator}"` : `a ${node.type}`}`);
    }

    private exactCall(node: Extract<CompiledExpression, { type: 'call' }>): Exact {
        switch (node.function) {
            case 'min':
            case 'max': {
                const args = node.args.map((arg) => this.exact(arg));
                if (args.length === 0) return () => QUOTIENT_ZERO;
                const sign = node.function === 'min' ? -1 : 1;
                return (v) => {
                    let best = args[0](v);
                    for (let i = 1; i < args.length; i++) {
                        const value = args[i](v);
                        if (compareQuotients(value, best) === sign) best = value;
                    }
                    return best;
                };
            }
            case 'if': {
                const condition = this.value(node.args[0]);
                const then = this.exact(node.args[1]);
                const otherwise = this.exact(node.args[2]);
                return (v) => ((condition(v) as boolean) ? then(v) : otherwise(v));
            }
            case 'round': {
                const value = this.exact(node.args[0]);
                const digits = node.args.length > 1 ? this.value(node.args[1]) : undefined;
                return (v) => {
                    const quotient = value(v);
                    const decimals = digits ? Math.trunc(toNumber(numeric(digits(v)))) : 0;
                    return toQuotient(checked(roundQuotientToStep(quotient, decimalStep(decimals)), 'overflow'));
                };
            }
            default:
                throw new PlanError(`a formula computes a number, not ${node.function}()`);
        }
    }
}

const QUOTIENT_ZERO = toQuotient(ZERO);

function fitting(quotient: Quotient): Quotient {
    if (!quotientFits(quotient)) throw new FormulaFailure('overflow');
    return quotient;
}

/** A number the formula computes with; the validator lets no yes/no or text stand where one belongs. */
function numeric(value: Value): Fixed {
    if (typeof value === 'number') return value;
    throw new PlanError(`a formula computes with ${JSON.stringify(value)} where a number belongs`);
}

function exactLiteral(value: number): Fixed {
    const fixed = fromNumber(value);
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
            return (v) => add(numeric(left(v)), numeric(right(v)));
        case '-':
            return (v) => subtract(numeric(left(v)), numeric(right(v)));
        case '*':
            return (v) => checked(multiply(numeric(left(v)), numeric(right(v))), 'overflow');
        case '/':
            return (v) => checked(divide(numeric(left(v)), numeric(right(v))), 'division');
    }
}

function call(name: Extract<CompiledExpression, { type: 'call' }>['function'], args: Compiled[]): Compiled {
    switch (name) {
        case 'min':
            if (args.length === 0) return () => ZERO;
            return (v) => {
                let low = numeric(args[0](v));
                for (let i = 1; i < args.length; i++) {
                    const value = numeric(args[i](v));
                    if (value < low) low = value;
                }
                return low;
            };
        case 'max':
            if (args.length === 0) return () => ZERO;
            return (v) => {
                let high = numeric(args[0](v));
                for (let i = 1; i < args.length; i++) {
                    const value = numeric(args[i](v));
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
                const value = numeric(args[0](v));
                const decimals = args.length > 1 ? Math.trunc(toNumber(numeric(args[1](v)))) : 0;
                return roundToStep(value, decimalStep(decimals));
            };
    }
}
