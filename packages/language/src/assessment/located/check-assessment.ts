import type { Locale } from '../../i18n/locale.js';
import type { AssessmentProblem } from '../assessment-problem.js';
import { parseAssessment, type Assessment } from '../assessment-schema.js';
import { AssessmentInputError } from './assessment-input-error.js';
import type { ParsedDocument } from './parsed-document.js';
import type { LocationMap, SourceProblem, ValuePath } from './source-location.js';

/** What of a read file is an assessment, with the mistakes found on the way. */
export type CheckedDocument = {
    assessment: Assessment;
    /** The reader's and the schema's problems, each at its place. */
    problems: SourceProblem[];
    /** Paths whose values were left out for those problems: a complaint about them is the same mistake. */
    setAside: ValuePath[];
};

/** Rounds of leaving out the values the schema refuses; each round's refusals are new (a value's parts). */
const REPAIR_ROUNDS = 4;

/**
 * Checks a read file against the assessment schema and gives what of it is an assessment: a value of the
 * wrong type is listed and left out, and the rest is still an assessment the scoring engine can check, so
 * that a file's type errors, unknown choices, scores off their step and missing answers all show at once.
 * Throws AssessmentInputError when no assessment can be made of it (without what every assessment needs).
 * `rubric score` and the editor both check with this, so they say the same of the same file.
 */
export function checkAssessmentDocument(document: ParsedDocument, file: string, locale: Locale): CheckedDocument {
    const problems = [...(document.problems ?? [])];
    const setAside = [...(document.setAside ?? [])];
    const said = new Set<string>();
    for (let round = 0; ; round++) {
        const parsed = parseAssessment(document.value);
        if (parsed.ok) return { assessment: parsed.assessment, problems, setAside };
        const fresh = parsed.problems.filter((p) => !said.has(JSON.stringify(p.path)));
        for (const p of fresh) said.add(JSON.stringify(p.path));
        problems.push(...locateProblems(file, document.locations, fresh, locale));
        // later elements of a list first, so that removing one does not move another that is to go
        const byIndex = [...fresh].sort((a, b) => lastIndex(b.path) - lastIndex(a.path));
        const removed = round < REPAIR_ROUNDS ? byIndex.filter((p) => p.path.length > 1 && leaveOut(document.value, p.path)) : [];
        if (removed.length === 0) throw new AssessmentInputError(problems);
        setAside.push(...removed.map((p) => p.path));
    }
}

/**
 * The scoring engine's problems with a checked file, each at its place, but for those about a value the
 * reader or the schema left out: that is their problem said again.
 */
export function scoringProblems(checked: CheckedDocument, problems: readonly AssessmentProblem[]): AssessmentProblem[] {
    return problems.filter((p) => !checked.setAside.some((aside) => startsWith(p.path, aside)));
}

/** The schema's or the scoring engine's problems, each placed at the value its path names. */
export function locateProblems(file: string, locations: LocationMap, problems: readonly AssessmentProblem[], locale: Locale): SourceProblem[] {
    return problems.map((problem) => ({
        file,
        location: locations.nearest(problem.path),
        path: problem.path,
        code: problem.code,
        message: problem.message[locale],
    }));
}

function startsWith(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
    return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

function lastIndex(path: readonly PropertyKey[]): number {
    const last = path[path.length - 1];
    return typeof last === 'number' ? last : -1;
}

/** Removes the value at path (a property, or an element of a list); false when there is none to remove. */
function leaveOut(root: unknown, path: readonly PropertyKey[]): boolean {
    let container = root;
    for (const segment of path.slice(0, -1)) {
        if (typeof container !== 'object' || container === null) return false;
        container = (container as Record<PropertyKey, unknown>)[segment];
    }
    const last = path[path.length - 1];
    if (Array.isArray(container) && typeof last === 'number' && last < container.length) {
        container.splice(last, 1);
        return true;
    }
    if (typeof container !== 'object' || container === null || !Object.hasOwn(container, last)) return false;
    delete (container as Record<PropertyKey, unknown>)[last];
    return true;
}
