import { AstUtils, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import {
    isEvidence,
    isMetric,
    isRubricFile,
    type Adjustments,
    type Evidence,
    type Grade,
    type Grades,
    type Metric,
    type Requirement,
    type Rubric,
    type RubricFile,
} from '../generated/ast.js';
import { exactPercentOf, HUNDRED, toText, type Fixed } from '../decimal/fixed.js';
import { headerProperty, isLeaf, nodeMax, rubricAdjustments, rubricGrades, scoringMethods } from '../ast/rubric-queries.js';
import { isSurvey, type Node } from '../generated/ast.js';
import { resolveImportUri } from '../scoping/import-resolution.js';
import type { ImportPolicy } from '../workspace/import-policy.js';
import { isValidDate, readFigure } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

export function checkMetric(metric: Metric, report: Reporter): void {
    const hasOptions = metric.options.length > 0;
    if ((metric.type === 'oneOf') !== hasOptions || (hasOptions && metric.options.length < 2)) {
        report.error(IssueCodes.MetricOptions, {}, { node: metric, property: 'type' });
    }
}

export function checkEvidence(evidence: Evidence, report: Reporter): void {
    const seen = new Set<string>();
    for (const property of evidence.properties) {
        if (seen.has(property.keyword)) {
            report.error(IssueCodes.DuplicateProperty, { property: property.keyword }, { node: property, property: 'keyword' });
        }
        seen.add(property.keyword);
        if (property.keyword === 'min' && property.minCount !== undefined && !/^[1-9]\d{0,5}$/.test(property.minCount)) {
            report.error(IssueCodes.EvidenceMinCount, { text: property.minCount }, { node: property, property: 'minCount' });
        }
        if (property.keyword === 'issuedBy' && property.issuedBy !== undefined && !isValidDate(property.issuedBy)) {
            report.error(IssueCodes.InvalidDate, { text: property.issuedBy }, { node: property, property: 'issuedBy' });
        }
    }
}

export function checkRequirement(requirement: Requirement, report: Reporter): void {
    const node = requirement.$container as Node;
    if (!isLeaf(node)) {
        report.error(IssueCodes.RequirementNotLeaf, {}, { node: requirement, keyword: 'requires' });
        return;
    }
    if (scoringMethods(node).some(isSurvey)) {
        report.warning(IssueCodes.SurveyWithEvidence, {}, { node: requirement, keyword: 'requires' });
    }
    const cap = requirement.effect?.cap;
    if (cap !== undefined) {
        const figure = readFigure(cap);
        const max = nodeMax(node);
        if (figure.kind !== 'decimal') {
            report.error(IssueCodes.MalformedNumber, { text: cap }, { node: requirement.effect!, property: 'cap' });
        } else if (max !== undefined && figure.value >= max) {
            report.error(IssueCodes.EvidenceCapExceedsMax, { cap: figure.value, max }, { node: requirement.effect!, property: 'cap' });
        }
    }
}

/** Names are declared once per file (and its imports); unused declarations of a rubric are warned about. */
export function checkDeclarations(file: RubricFile, documents: LangiumDocuments, policy: ImportPolicy, report: Reporter): void {
    const document = AstUtils.getDocument(file);
    const own: (Metric | Evidence)[] = [];
    for (const definition of file.definitions) own.push(definition);
    for (const rubric of file.rubrics) {
        for (const member of rubric.members) if (isMetric(member) || isEvidence(member)) own.push(member);
    }
    const firstByName = new Map<string, AstNode>();
    const duplicates = new Set<AstNode>();
    for (const declaration of own) {
        if (!declaration.name) continue;
        const key = `${declaration.$type}:${declaration.name}`;
        const first = firstByName.get(key);
        if (first) {
            const line = String((first.$cstNode?.range.start.line ?? 0) + 1);
            report.error(IssueCodes.DuplicateName, { name: declaration.name, line }, { node: declaration, property: 'name' });
            duplicates.add(declaration);
        } else {
            firstByName.set(key, declaration);
        }
    }
    const used = new Set<AstNode>();
    // a misspelt reference is one mistake: its unresolved finding, not also "declared but unused"
    const unresolvedTypes = new Set<string>();
    // the linker has collected every reference of the document: no second walk over the whole tree
    for (const reference of document.references) {
        if (!('ref' in reference)) continue; // multi-references: the grammar has none
        const target = reference.ref;
        if (target) used.add(target);
        else if (reference.error) unresolvedTypes.add(referenceTargetType(reference.error.info.container.$type));
    }
    for (const rubric of file.rubrics) {
        for (const member of rubric.members) {
            if (duplicates.has(member)) continue;
            if (isMetric(member) && !used.has(member) && !unresolvedTypes.has('Metric')) {
                report.warning(IssueCodes.MetricUnused, { name: member.name }, { node: member, property: 'name' });
            } else if (isEvidence(member) && !used.has(member) && !unresolvedTypes.has('Evidence')) {
                report.warning(IssueCodes.EvidenceUnused, { name: member.name }, { node: member, property: 'name' });
            }
        }
    }
    checkImports(file, document, documents, policy, report);
}

/** Only evidence references live in EvidenceRef; every other reference names a metric. */
function referenceTargetType(containerType: string): 'Metric' | 'Evidence' {
    return containerType === 'EvidenceRef' ? 'Evidence' : 'Metric';
}

function checkImports(
    file: RubricFile,
    document: LangiumDocument,
    documents: LangiumDocuments,
    policy: ImportPolicy,
    report: Reporter,
): void {
    for (const imported of file.imports) {
        if (imported.path === undefined) continue;
        const uri = resolveImportUri(document, imported.path);
        if (!policy.allows(uri)) {
            report.error(IssueCodes.ImportOutside, { path: imported.path }, { node: imported, property: 'path' });
            continue;
        }
        const target = documents.getDocument(uri);
        if (!target) {
            report.error(IssueCodes.ImportNotFound, { path: imported.path }, { node: imported, property: 'path' });
            continue;
        }
        if (reaches(target, document.uri.toString(), documents, new Set())) {
            report.error(IssueCodes.ImportCycle, { path: imported.path }, { node: imported, property: 'path' });
        }
    }
}

function reaches(from: LangiumDocument, goal: string, documents: LangiumDocuments, seen: Set<string>): boolean {
    const key = from.uri.toString();
    if (key === goal) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    const root = from.parseResult.value;
    if (!isRubricFile(root)) return false;
    return root.imports.some((i) => {
        if (i.path === undefined) return false;
        const next = documents.getDocument(resolveImportUri(from, i.path));
        return next !== undefined && reaches(next, goal, documents, seen);
    });
}

export function checkRubricParts(rubric: Rubric, report: Reporter): void {
    const grades = rubricGrades(rubric);
    if (!grades) report.warning(IssueCodes.GradesMissing, {}, { node: rubric, property: 'name' });
    const adjustments = rubricAdjustments(rubric);
    if (adjustments) checkAdjustments(adjustments, report);
}

/** Grades: strictly descending thresholds within 0–100 %, down to 0 or an `otherwise`. */
export function checkGrades(grades: Grades, report: Reporter): void {
    const names = new Set<string>();
    let previous: { name: string; value: number; inclusive: boolean } | undefined;
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
        const figure = readFigure(grade.threshold);
        if (figure.kind === 'malformed' || figure.kind === 'too-large') {
            report.error(IssueCodes.MalformedNumber, { text: grade.threshold }, { node: grade, property: 'threshold' });
            continue;
        }
        const inclusive = grade.operator === '>=';
        if (figure.kind === 'decimal') {
            // read as points or as a percentage? Either way the order below would judge a guess
            reportUnitMissing(grade, grade.threshold, figure.value, report);
            if (inclusive && figure.value === 0) reachesZero = true;
            continue;
        }
        if (figure.value > 100_000_000) {
            report.error(IssueCodes.PercentRange, { text: grade.threshold }, { node: grade, property: 'threshold' });
            continue;
        }
        if (
            previous
            && (figure.value > previous.value || (figure.value === previous.value && (inclusive === previous.inclusive || !inclusive)))
        ) {
            report.error(IssueCodes.GradesOrder, { grade: grade.name, previous: previous.name }, { node: grade, property: 'threshold' });
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
    const total = readFigure(headerProperty(rubric, 'total')?.value ?? '');
    const percent = total.kind === 'decimal' && total.value !== HUNDRED && value <= total.value
        ? exactPercentOf(value, total.value)
        : undefined;
    const replacements = percent === undefined ? [`${text}%`] : [`${toText(percent)}%`, `${text}%`];
    report.error(
        IssueCodes.GradeUnitMissing,
        { text, percent, total: total.kind === 'decimal' ? total.value : undefined },
        { node: grade, property: 'threshold', data: { replacements } },
    );
}

export function checkAdjustments(adjustments: Adjustments, report: Reporter): void {
    const keys = new Set<string>();
    for (const entry of adjustments.entries) {
        const key = `${entry.kind}:${entry.name ?? entry.title}`;
        if (keys.has(key)) report.error(IssueCodes.DuplicateAdjustment, { name: entry.name ?? entry.title }, { node: entry, property: entry.name ? 'name' : 'title' });
        keys.add(key);
        if (entry.max === undefined) {
            report.error(IssueCodes.AdjustmentMaxMissing, {}, { node: entry, property: 'kind' });
        } else {
            const figure = readFigure(entry.max);
            if (figure.kind !== 'decimal' || figure.value <= 0) {
                report.error(IssueCodes.MalformedNumber, { text: entry.max }, { node: entry, property: 'max' });
            }
        }
    }
}
