import type { CompiledExpression } from '../compiler/compiled-schema.js';
import { fromNumber, toText } from '../decimal/fixed.js';

const PRECEDENCE: Record<string, number> = { or: 1, and: 2, '<=': 3, '<': 3, '>=': 3, '>': 3, '=': 3, '!=': 3, '+': 4, '-': 4, '*': 5, '/': 5 };

function numberText(value: number): string {
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : toText(exact);
}

/** A compiled formula or condition written back as the rubric writes it: `min(2, 2 * signedDocs / issuedDocs)`. */
export function expressionSource(node: CompiledExpression, outer = 0): string {
    switch (node.type) {
        case 'number':
            return numberText(node.value);
        case 'string':
            return JSON.stringify(node.value);
        case 'boolean':
            return String(node.value);
        case 'metric':
            return node.name;
        case 'unary':
            return node.operator === 'not' ? `not ${expressionSource(node.operand, 6)}` : `-${expressionSource(node.operand, 6)}`;
        case 'binary': {
            const precedence = PRECEDENCE[node.operator];
            const text = `${expressionSource(node.left, precedence)} ${node.operator} ${expressionSource(node.right, precedence + 1)}`;
            return precedence < outer ? `(${text})` : text;
        }
        case 'call':
            return `${node.function}(${node.args.map((arg) => expressionSource(arg)).join(', ')})`;
    }
}
