import { AstUtils, type AstNode } from 'langium';
import { isEvidence, isMetric, type Evidence, type Metric, type RubricFile } from '../generated/ast.js';
import { reportEvidenceUnused } from './evidence.js';
import { IssueCodes } from './issue-codes.js';
import { reportMetricUnused } from './metric.js';
import type { Reporter } from './reporter.js';

/** The file's own metrics and evidence: its definitions, then each rubric's. */
function ownDeclarations(file: RubricFile): (Metric | Evidence)[] {
    const own: (Metric | Evidence)[] = [...file.definitions];
    for (const rubric of file.rubrics) {
        for (const member of rubric.members) if (isMetric(member) || isEvidence(member)) own.push(member);
    }
    return own;
}

/** The declarations that repeat an earlier name of their kind, each with the line of the first. */
function repeatedDeclarations(file: RubricFile): Map<Metric | Evidence, string> {
    const firstByName = new Map<string, AstNode>();
    const repeated = new Map<Metric | Evidence, string>();
    for (const declaration of ownDeclarations(file)) {
        if (!declaration.name) continue;
        const key = `${declaration.$type}:${declaration.name}`;
        const first = firstByName.get(key);
        if (first) repeated.set(declaration, String((first.$cstNode?.range.start.line ?? 0) + 1));
        else firstByName.set(key, declaration);
    }
    return repeated;
}

/** A metric or evidence name is declared once per file. */
export function namesAreDeclaredOnce(file: RubricFile, report: Reporter): void {
    for (const [declaration, line] of repeatedDeclarations(file)) {
        report.error(IssueCodes.DuplicateName, { name: declaration.name, line }, { node: declaration, property: 'name' });
    }
}

/** What a rubric declares, it uses. */
export function declarationsAreUsed(file: RubricFile, report: Reporter): void {
    const document = AstUtils.getDocument(file);
    const repeated = repeatedDeclarations(file);
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
            if ((isMetric(member) || isEvidence(member)) && repeated.has(member)) continue;
            if (isMetric(member) && !used.has(member) && !unresolvedTypes.has('Metric')) reportMetricUnused(member, report);
            else if (isEvidence(member) && !used.has(member) && !unresolvedTypes.has('Evidence')) reportEvidenceUnused(member, report);
        }
    }
}

/** Only evidence references live in EvidenceRef; every other reference names a metric. */
function referenceTargetType(containerType: string): 'Metric' | 'Evidence' {
    return containerType === 'EvidenceRef' ? 'Evidence' : 'Metric';
}
