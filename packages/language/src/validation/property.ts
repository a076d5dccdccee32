import type { AstNode } from 'langium';
import type { Evidence, Node, Rubric } from '../generated/ast.js';
import { headerProperties } from '../ast/rubric-queries.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** A property (`max`, `lead`, `year`, `kind`, …) is declared once in its block: a node, an evidence, the header. */
function checkPropertiesDeclaredOnce(properties: Iterable<AstNode & { keyword: string }>, report: Reporter): void {
    const seen = new Set<string>();
    for (const property of properties) {
        if (seen.has(property.keyword)) {
            report.error(IssueCodes.DuplicateProperty, { property: property.keyword }, { node: property, property: 'keyword' });
        }
        seen.add(property.keyword);
    }
}

export function nodePropertiesDeclaredOnce(node: Node, report: Reporter): void {
    checkPropertiesDeclaredOnce(node.properties, report);
}

export function evidencePropertiesDeclaredOnce(evidence: Evidence, report: Reporter): void {
    checkPropertiesDeclaredOnce(evidence.properties, report);
}

export function headerPropertiesDeclaredOnce(rubric: Rubric, report: Reporter): void {
    checkPropertiesDeclaredOnce(headerProperties(rubric), report);
}
