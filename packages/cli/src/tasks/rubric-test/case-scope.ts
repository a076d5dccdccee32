import type { AssessmentProblem } from '@par-rubric/language';
import type { PlanLeaf, ScoringPlan } from '@par-rubric/language/scoring';
import type { RubricTestCase } from '../../input/rubric-test/rubric-test-file.js';

/**
 * What a case is about, so that it is judged on that alone: a case for one item must not fail because
 * the rest of the unit is unanswered. A case about the whole unit (it starts from an assessment file, or
 * expects a total, index, grade, bonus or penalty) is about everything.
 */
export type CaseScope = {
    whole: boolean;
    /** Node indices: the nodes the case answers or expects, with everything beneath them. */
    nodes: ReadonlySet<number>;
    /** Metric names the case gives, or that the rules of the nodes it expects read. */
    metrics: ReadonlySet<string>;
    /** Assessment keys the case gives (bonuses, notApplicable…). */
    answered: ReadonlySet<string>;
};

export function caseScope(plan: ScoringPlan, testCase: RubricTestCase): CaseScope {
    const { answers, expect } = testCase;
    const whole =
        testCase.assessment !== undefined ||
        [expect.total, expect.index, expect.grade, expect.bonus, expect.penalty].some((figure) => figure !== undefined);
    const expected = nodesBeneath(plan, [...expect.scores.keys(), ...expect.reasons.keys()]);
    const answeredCodes = [
        ...keysOf(answers.items),
        ...keysOf(answers.survey),
        ...(Array.isArray(answers.notApplicable) ? answers.notApplicable.filter((code): code is string => typeof code === 'string') : []),
    ];
    const nodes = new Set([...expected, ...nodesBeneath(plan, answeredCodes)]);
    // an input is missing only for a figure the case expects: marking an item not applicable needs none
    const metrics = new Set(keysOf(answers.metrics));
    for (const leaf of plan.leaves) {
        if (expected.has(leaf.node)) for (const metric of metricsRead(leaf)) metrics.add(plan.metrics[metric].name);
    }
    return { whole, nodes, metrics, answered: new Set(Object.keys(answers)) };
}

/** Whether a problem of the scored assessment concerns what the case is about. */
export function concernsCase(plan: ScoringPlan, scope: CaseScope, problem: AssessmentProblem): boolean {
    if (scope.whole) return true;
    const [key, name] = problem.path;
    switch (key) {
        case 'items':
        case 'survey': {
            const index = plan.nodeByCode.get(String(name));
            return index === undefined ? scope.answered.has(key) : scope.nodes.has(index);
        }
        case 'metrics':
            return scope.metrics.has(String(name));
        case 'notApplicable':
        case 'bonuses':
        case 'penalties':
            return scope.answered.has(key);
        default:
            // the header: the case's own or its assessment file's
            return true;
    }
}

/** The nodes the codes name, with everything beneath them. */
function nodesBeneath(plan: ScoringPlan, codes: readonly string[]): Set<number> {
    const nodes = new Set<number>();
    const add = (index: number): void => {
        nodes.add(index);
        for (const child of plan.nodes[index].children) add(child);
    };
    for (const code of codes) {
        const index = plan.nodeByCode.get(code);
        if (index !== undefined) add(index);
    }
    return nodes;
}

function metricsRead(leaf: PlanLeaf): readonly number[] {
    const method = leaf.method;
    switch (method.method) {
        case 'deadline':
        case 'bands':
        case 'proportional':
        case 'deduct':
            return [method.metric];
        case 'formula':
            return method.evaluate.metrics;
        case 'yesno':
            return method.condition?.metrics ?? [];
        default:
            return [];
    }
}

function keysOf(value: unknown): string[] {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}
