import { isUnknownWord, type HeaderProperty, type Rubric } from '../generated/ast.js';
import { headerProperties, headerProperty } from '../ast/rubric-queries.js';
import { checkCalendarDate } from './date.js';
import { decimalValue, readFigure } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import { reportedDecimal } from './number.js';
import type { Reporter } from './reporter.js';
import { closestWord, expectedWords } from './syntax.js';

const DECISION_NUMBER = /^\d+\/[\p{L}\d]+(-[\p{L}\d]+)*$/u;

const REQUIRED: HeaderProperty['keyword'][] = ['unitType', 'year', 'total'];

/** A rubric has its title, unit type, year and total. */
export function headerIsComplete(rubric: Rubric, report: Reporter): void {
    if (rubric.title === undefined) report.error(IssueCodes.MissingHeader, { property: 'title' }, { node: rubric, property: 'name' });
    const declared = new Set(headerProperties(rubric).map((p) => p.keyword));
    // `yaer 2022` is reported as an unknown word; the year it fails to declare is the same mistake
    const mistyped = new Set(rubric.members.filter(isUnknownWord).map((word) => closestWord(word.word, expectedWords(word))));
    for (const keyword of REQUIRED) {
        if (!declared.has(keyword) && !mistyped.has(keyword)) {
            report.error(IssueCodes.MissingHeader, { property: keyword }, { node: rubric, property: 'name' });
        }
    }
}

/**
 * The year lies in 2000–2100; the total and step are positive; the survey share lies within the total; the
 * decision has a number written number/symbol, a real date and an issuer.
 */
export function headerValuesAreValid(rubric: Rubric, report: Reporter): void {
    for (const property of headerProperties(rubric)) checkHeaderValue(property, report);
}

function checkHeaderValue(property: HeaderProperty, report: Reporter): void {
    // a value the parser could not read (`total` followed by junk) is already its syntax error
    if (property.keyword !== 'missingEvidence' && (property as { value?: string }).value === undefined) return;
    const where = { node: property, property: 'value' };
    switch (property.keyword) {
        case 'year': {
            const year = Number(property.value);
            if (!/^\d{4}$/.test(property.value) || year < 2000 || year > 2100) report.error(IssueCodes.InvalidYear, { text: property.value }, where);
            return;
        }
        case 'total':
        case 'step': {
            const figure = readFigure(property.value);
            if (figure.kind !== 'decimal' || figure.value <= 0) {
                report.error(property.keyword === 'total' ? IssueCodes.InvalidTotal : IssueCodes.InvalidStep, { text: property.value }, where);
            }
            return;
        }
        case 'survey': {
            const share = decimalValue(property.value);
            const total = decimalValue(headerProperty(property.$container, 'total')?.value);
            if (share === undefined || (total !== undefined && share > total)) {
                report.error(IssueCodes.InvalidSurveyShare, { text: property.value, total }, where);
            }
            return;
        }
        case 'decision': {
            // Decree 30/2020: a decision's number is written "number/symbol", e.g. 1234/QĐ-UBND
            if (!DECISION_NUMBER.test(property.value)) report.error(IssueCodes.InvalidDecisionNumber, { text: property.value }, where);
            if (property.date !== undefined) checkCalendarDate(property.date, { node: property, property: 'date' }, report);
            // the annex line "Kèm theo Quyết định số … ngày … của …" needs all three parts
            if (property.date === undefined || property.issuer === undefined) {
                report.warning(IssueCodes.IncompleteDecision, { text: property.value }, { node: property, property: 'keyword' });
            }
            return;
        }
        case 'missingEvidence': {
            const cap = property.effect?.cap;
            if (cap !== undefined) reportedDecimal(cap, { node: property.effect!, property: 'cap' }, report);
            return;
        }
        default:
            return;
    }
}
