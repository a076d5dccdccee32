import { isNode, isUnknownWord, type HeaderProperty, type Rubric } from '../generated/ast.js';
import { closestWord, expectedWords } from './unknown-word-checks.js';
import { readFigure } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';
import { headerProperty } from '../ast/rubric-queries.js';

const REQUIRED: HeaderProperty['keyword'][] = ['unitType', 'year', 'total'];

export function checkHeader(rubric: Rubric, report: Reporter): void {
    if (rubric.title === undefined) {
        report.error(IssueCodes.MissingHeader, { property: 'title' }, { node: rubric, property: 'name' });
    }
    const seen = new Set<string>();
    for (const member of rubric.members) {
        if (isNode(member) || isUnknownWord(member) || !('keyword' in member)) continue;
        const property = member as HeaderProperty;
        if (seen.has(property.keyword)) {
            report.error(IssueCodes.DuplicateProperty, { property: property.keyword }, { node: property, property: 'keyword' });
        }
        seen.add(property.keyword);
        checkHeaderValue(property, report);
    }
    // `yaer 2022` is reported as an unknown word; the year it fails to declare is the same mistake
    const mistyped = new Set(
        rubric.members.filter(isUnknownWord).map((word) => closestWord(word.word, expectedWords(word))),
    );
    for (const keyword of REQUIRED) {
        if (!seen.has(keyword) && !mistyped.has(keyword)) {
            report.error(IssueCodes.MissingHeader, { property: keyword }, { node: rubric, property: 'name' });
        }
    }
}

function checkHeaderValue(property: HeaderProperty, report: Reporter): void {
    // a value the parser could not read (`total` followed by junk) is already its syntax error
    if (property.keyword !== 'missingEvidence' && (property as { value?: string }).value === undefined) return;
    const where = { node: property, property: 'value' };
    switch (property.keyword) {
        case 'year': {
            const year = Number(property.value);
            if (!/^\d{4}$/.test(property.value) || year < 2000 || year > 2100) {
                report.error(IssueCodes.InvalidYear, { text: property.value }, where);
            }
            return;
        }
        case 'total': {
            const figure = readFigure(property.value);
            if (figure.kind !== 'decimal' || figure.value <= 0) {
                report.error(IssueCodes.InvalidTotal, { text: property.value }, where);
            }
            return;
        }
        case 'step': {
            const figure = readFigure(property.value);
            if (figure.kind !== 'decimal' || figure.value <= 0) {
                report.error(IssueCodes.InvalidStep, { text: property.value }, where);
            }
            return;
        }
        case 'survey': {
            const figure = readFigure(property.value);
            const rubric = property.$container;
            const total = readFigure(headerProperty(rubric, 'total')?.value ?? '');
            const limit = total.kind === 'decimal' ? total.value : undefined;
            if (figure.kind !== 'decimal' || (limit !== undefined && figure.value > limit)) {
                report.error(IssueCodes.InvalidSurveyShare, { text: property.value, total: limit }, where);
            }
            return;
        }
        case 'missingEvidence': {
            const cap = property.effect?.cap;
            if (cap !== undefined && readFigure(cap).kind !== 'decimal') {
                report.error(IssueCodes.MalformedNumber, { text: cap }, { node: property.effect, property: 'cap' });
            }
            return;
        }
        default:
            return;
    }
}
