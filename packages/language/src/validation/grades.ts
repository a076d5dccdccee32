import { exactPercentOf, HUNDRED, toText, type Fixed } from '../decimal/fixed.js';
import type { Grade, Grades, Rubric } from '../generated/ast.js';
import { headerProperty, rubricGrades } from '../ast/rubric-queries.js';
import { decimalValue } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import { reportedFigure } from './number.js';
import { checkPercentRange } from './percent.js';
import type { Reporter } from './reporter.js';

/** A rubric ranks its units by grades. */
export function rubricHasGrades(rubric: Rubric, report: Reporter): void {
    if (!rubricGrades(rubric)) report.warning(IssueCodes.GradesMissing, {}, { node: rubric, property: 'name' });
}

/** Grades: strictly descending thresholds within 0–100 %, down to 0 or an `otherwise`. */
export function gradesDescendToZero(grades: Grades, report: Reporter): void {
    const names = new Set<string>();
    let previous: { name: string; value: Fixed; inclusive: boolean } | undefined;
    let otherwise = false;
    let reachesZero = false;
    for (const grade of grades.grades) {
        if (names.has(grade.name)) report.error(IssueCodes.DuplicateGrade, { grade: grade.name }, { node: grade, property: 'name' });
        names.add(grade.name);
        if (otherwise) {
            report.error(IssueCodes.GradeAfterOtherwise, {}, { node: grade });
            continue;
        }
        if (grade.otherwise) {
            otherwise = true;
            continue;
        }
        if (grade.threshold === undefined) continue;
        const where = { node: grade, property: 'threshold' };
        const figure = reportedFigure(grade.threshold, where, report);
        if (!figure) continue;
        const inclusive = grade.operator === '>=';
        if (figure.kind === 'decimal') {
            // read as points or as a percentage? Either way the order below would judge a guess
            reportUnitMissing(grade, grade.threshold, figure.value, report);
            if (inclusive && figure.value === 0) reachesZero = true;
            continue;
        }
        if (!checkPercentRange(figure.value, grade.threshold, where, report)) continue;
        if (
            previous
            && (figure.value > previous.value || (figure.value === previous.value && (inclusive === previous.inclusive || !inclusive)))
        ) {
            report.error(IssueCodes.GradesOrder, { grade: grade.name, previous: previous.name }, where);
            continue;
        }
        previous = { name: grade.name, value: figure.value, inclusive };
        if (inclusive && figure.value === 0) reachesZero = true;
    }
    if (!otherwise && !reachesZero && grades.grades.length > 0) {
        report.error(IssueCodes.GradesCoverage, {}, { node: grades, keyword: 'grades' });
    }
}

/**
 * A threshold without `%`. Grades compare percentages, but "Tốt" >= 48 in a 60-point rubric most likely
 * means 48 points, so the fix offers that reading first (80%) and the percentage as written second.
 */
function reportUnitMissing(grade: Grade, text: string, value: Fixed, report: Reporter): void {
    const rubric = grade.$container.$container;
    const total = decimalValue(headerProperty(rubric, 'total')?.value);
    const percent = total !== undefined && total !== HUNDRED && value <= total ? exactPercentOf(value, total) : undefined;
    const replacements = percent === undefined ? [`${text}%`] : [`${toText(percent)}%`, `${text}%`];
    report.error(
        IssueCodes.GradeUnitMissing,
        { text, percent, total },
        { node: grade, property: 'threshold', data: { replacements } },
    );
}
