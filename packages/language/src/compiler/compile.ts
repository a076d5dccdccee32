import type { AstNode, LangiumDocument, LangiumDocuments } from 'langium';
import { percentToRatio, toNumber, type Fixed } from '../decimal/fixed.js';
import {
    isBands,
    isBinaryExpression,
    isBooleanLiteral,
    isCall,
    isChoice,
    isDeadline,
    isDeduction,
    isEvidence,
    isFormula,
    isJudged,
    isMetric,
    isMetricRef,
    isNumberLiteral,
    isProportional,
    isRubricFile,
    isStringLiteral,
    isSurvey,
    isUnaryExpression,
    isYesNo,
    type Evidence,
    type Expression,
    type Metric,
    type MissingEffect as MissingEffectAst,
    type Node,
    type Rubric,
    type RubricFile,
    type ScoringMethod,
} from '../generated/ast.js';
import {
    childNodes,
    headerProperty,
    isLeaf,
    nodeProperty,
    requirements,
    rubricAdjustments,
    rubricGrades,
    rubricStep,
    scoringMethods,
} from '../ast/rubric-queries.js';
import { readFigure } from '../validation/figures.js';
import { importedDocuments } from '../scoping/import-resolution.js';
import {
    COMPILED_FORMAT,
    type Adjustment,
    type Band,
    type CompiledEvidence,
    type CompiledExpression,
    type CompiledMetric,
    type CompiledNode,
    type CompiledRubric,
    type EvidenceRule,
    type Grade,
    type MissingEffect,
    type Scoring,
} from './compiled-schema.js';
import { withHash } from './canonical-json.js';

/** The rubric, the roots of the files it imports (for their metrics and evidence) and their relative names. */
export type CompileInput = {
    rubric: Rubric;
    imported?: RubricFile[];
    sources?: string[];
};

/** Raised only when a rubric with validation errors is compiled anyway: callers check first. */
export class CompileError extends Error {}

/**
 * Turns a rubric that validates without errors into its compiled JSON form. Figures are read from their
 * source text exactly and written as JSON numbers holding the same decimal; nothing depends on time,
 * paths or iteration order of a hash map, so the same input always gives the same document.
 */
export function compileRubric(input: CompileInput): CompiledRubric {
    const { rubric } = input;
    const file = rubric.$container;
    const metrics = collectDeclarations(file, input.imported ?? [], isMetric);
    const evidence = collectDeclarations(file, input.imported ?? [], isEvidence);
    const metricTypes = new Map(metrics.map((m) => [m.name, m.type] as const));
    const step = rubricStep(rubric) ?? fail('step');
    const missingEvidence = headerProperty(rubric, 'missingEvidence');
    const context: Context = {
        step,
        metricTypes,
        defaultEffect: missingEvidence ? effectOf(missingEvidence.effect) : { kind: 'zero' },
    };
    const nodes = childNodes(rubric).map((node) => compileNode(node, context));
    const surveyShare = headerProperty(rubric, 'survey');
    const basis = headerProperty(rubric, 'basis');
    const decision = headerProperty(rubric, 'decision');
    const compiled = {
        format: COMPILED_FORMAT,
        id: rubric.name,
        title: rubric.title ?? rubric.name,
        unitType: headerProperty(rubric, 'unitType')?.value ?? fail('unitType'),
        year: Number(headerProperty(rubric, 'year')?.value ?? fail('year')),
        ...(basis ? { basis: basis.value } : {}),
        ...(decision
            ? {
                  decision: {
                      number: decision.value,
                      ...(decision.date ? { date: decision.date } : {}),
                      ...(decision.issuer ? { issuer: decision.issuer } : {}),
                  },
              }
            : {}),
        total: number(headerProperty(rubric, 'total')?.value, 'total'),
        step: toNumber(step),
        ties: headerProperty(rubric, 'ties')?.value ?? 'shared',
        ...(surveyShare ? { surveyShare: number(surveyShare.value, 'survey') } : {}),
        missingEvidence: context.defaultEffect,
        counts: countNodes(nodes),
        metrics: metrics.map(compileMetric),
        evidence: evidence.map(compileEvidence),
        nodes,
        adjustments: compileAdjustments(rubric),
        grades: compileGrades(rubric),
        sources: [...(input.sources ?? [])],
    } satisfies Omit<CompiledRubric, 'hash'>;
    return withHash(compiled);
}

/**
 * Compiles the rubric of a built document, taking metrics and evidence from the files it imports;
 * `sources` are their paths relative to the rubric's own folder, with forward slashes.
 */
export function compileDocument(document: LangiumDocument, documents: LangiumDocuments): CompiledRubric {
    const root = document.parseResult.value;
    if (!isRubricFile(root) || root.rubrics.length !== 1) throw new CompileError('expected a file with one rubric');
    const imported = importedDocuments(document, documents);
    const base = withLowerCaseDrive(document.uri.path).replace(/[^/]*$/, '');
    const sources = imported.map((doc) => relativePath(base, withLowerCaseDrive(doc.uri.path)));
    return compileRubric({
        rubric: root.rubrics[0],
        imported: imported.map((doc) => doc.parseResult.value).filter(isRubricFile),
        sources,
    });
}

/** `/C:/…` and `/c:/…` are one Windows path: a file given on the command line and the same file reached by an import differ so. */
function withLowerCaseDrive(uriPath: string): string {
    return uriPath.replace(/^\/([A-Za-z]):/, (_, drive: string) => `/${drive.toLowerCase()}:`);
}

function relativePath(fromFolder: string, to: string): string {
    const from = fromFolder.split('/').filter(Boolean);
    const target = to.split('/').filter(Boolean);
    let shared = 0;
    while (shared < from.length && shared < target.length - 1 && from[shared] === target[shared]) shared++;
    return [...from.slice(shared).map(() => '..'), ...target.slice(shared)].join('/');
}

type Context = {
    step: Fixed;
    metricTypes: Map<string, string>;
    defaultEffect: MissingEffect;
};

function fail(what: string): never {
    throw new CompileError(`the rubric has an invalid or missing ${what}; run \`rubric check\` first`);
}

function fixed(text: string | undefined, what: string): Fixed {
    if (text === undefined) fail(what);
    const figure = readFigure(text);
    if (figure.kind !== 'decimal' && figure.kind !== 'percent') fail(what);
    return figure.value;
}

function number(text: string | undefined, what: string): number {
    return toNumber(fixed(text, what));
}

/** Own declarations first (file level, then the rubric's), then each imported file's; the first of a name wins. */
function collectDeclarations<T extends Metric | Evidence>(
    file: RubricFile,
    imported: RubricFile[],
    is: (node: AstNode) => node is T,
): T[] {
    const result: T[] = [];
    const seen = new Set<string>();
    for (const root of [file, ...imported]) {
        const candidates: AstNode[] = [...root.definitions];
        for (const rubric of root.rubrics) candidates.push(...rubric.members);
        for (const candidate of candidates) {
            if (!is(candidate) || !candidate.name || seen.has(candidate.name)) continue;
            seen.add(candidate.name);
            result.push(candidate);
        }
    }
    return result;
}

function compileMetric(metric: Metric): CompiledMetric {
    return {
        name: metric.name,
        type: metric.type,
        ...(metric.title !== undefined ? { title: metric.title } : {}),
        ...(metric.options.length > 0 ? { options: [...metric.options] } : {}),
    };
}

function compileEvidence(evidence: Evidence): CompiledEvidence {
    const property = <K extends 'kind' | 'issuer' | 'minCount' | 'issuedBy'>(key: K) =>
        evidence.properties.find((p) => p[key] !== undefined)?.[key];
    const kind = property('kind');
    const issuer = property('issuer');
    const issuedBy = property('issuedBy');
    return {
        name: evidence.name,
        title: evidence.title,
        ...(kind !== undefined ? { kind } : {}),
        ...(issuer !== undefined ? { issuer } : {}),
        minCount: Number(property('minCount') ?? 1),
        ...(issuedBy !== undefined ? { issuedBy } : {}),
    };
}

function effectOf(effect: MissingEffectAst | undefined): MissingEffect {
    if (!effect || effect.kind === 'zero') return { kind: 'zero' };
    if (effect.kind === 'flag') return { kind: 'flag' };
    return { kind: 'cap', cap: number(effect.cap, 'cap') };
}

function compileNode(node: Node, context: Context): CompiledNode {
    const lead = nodeProperty(node, 'lead')?.lead;
    const optional = nodeProperty(node, 'optional');
    const base: CompiledNode = {
        code: node.code,
        kind: node.kind as CompiledNode['kind'],
        title: node.title,
        max: number(nodeProperty(node, 'max')?.max, `max of ${node.code}`),
        ...(lead !== undefined ? { lead } : {}),
        ...(optional ? { optional: optional.reason !== undefined ? { reason: optional.reason } : {} } : {}),
    };
    if (!isLeaf(node)) {
        return { ...base, children: childNodes(node).map((child) => compileNode(child, context)) };
    }
    const [method] = scoringMethods(node);
    if (!method) fail(`scoring method of ${node.code}`);
    return { ...base, scoring: compileScoring(method, context), evidence: compileEvidenceRules(node, context) };
}

function compileScoring(method: ScoringMethod, context: Context): Scoring {
    if (isChoice(method)) {
        return {
            method: 'choice',
            outcomes: method.outcomes.map((o) => ({ label: o.label, points: number(o.points, 'points') })),
        };
    }
    if (isYesNo(method)) {
        const outcome = (answer: 'yes' | 'no') => {
            const found = method.outcomes.find((o) => o.answer === answer) ?? fail(`"${answer}" outcome`);
            return { ...(found.label !== undefined ? { label: found.label } : {}), points: number(found.points, 'points') };
        };
        return {
            method: 'yesno',
            ...(method.condition ? { condition: compileExpression(method.condition, context) } : {}),
            outcomes: { yes: outcome('yes'), no: outcome('no') },
        };
    }
    if (isDeadline(method)) {
        const points = (status: 'onTime' | 'late' | 'missing') =>
            number(method.outcomes.find((o) => o.status === status)?.points, `${status} outcome`);
        const labelled = method.outcomes.filter((o) => o.label !== undefined);
        const labels = Object.fromEntries(
            (['onTime', 'late', 'missing'] as const).flatMap((status) => {
                const label = labelled.find((o) => o.status === status)?.label;
                return label === undefined ? [] : [[status, label]];
            }),
        );
        return {
            method: 'deadline',
            metric: metricName(method.metric),
            due: method.due,
            graceDays: Number(method.graceDays ?? 0),
            onTime: points('onTime'),
            late: points('late'),
            missing: points('missing'),
            ...(labelled.length > 0 ? { labels } : {}),
        };
    }
    if (isBands(method)) {
        const metric = metricName(method.metric);
        const type = context.metricTypes.get(metric);
        const bands: Band[] = method.bands.map((band) =>
            band.otherwise
                ? { else: true as const, ...labelOf(band), points: number(band.points, 'points') }
                : {
                      operator: band.operator ?? fail('band operator'),
                      threshold: thresholdIn(band.threshold, type),
                      ...labelOf(band),
                      points: number(band.points, 'points'),
                  },
        );
        return { method: 'bands', metric, bands };
    }
    if (isProportional(method)) return { method: 'proportional', metric: metricName(method.metric) };
    if (isDeduction(method)) {
        return { method: 'deduct', amount: number(method.amount, 'deduction'), metric: metricName(method.metric) };
    }
    if (isJudged(method)) {
        return { method: 'judged', step: method.step !== undefined ? number(method.step, 'step') : toNumber(context.step) };
    }
    if (isSurvey(method)) {
        const rounding = method.rounding === 'down' || method.rounding === 'up' ? method.rounding : 'half-up';
        return {
            method: 'survey',
            ...(method.source !== undefined ? { source: method.source } : {}),
            ...(method.scale === 'percent' || method.scale === 'ratio' ? { scale: method.scale, rounding } : {}),
        };
    }
    if (isFormula(method)) return { method: 'formula', expression: compileExpression(method.expression, context) };
    return fail('scoring method');
}

function labelOf(outcome: { label?: string }): { label?: string } {
    return outcome.label === undefined ? {} : { label: outcome.label };
}

function metricName(reference: { ref?: Metric; $refText: string }): string {
    return reference.ref?.name ?? fail(`metric "${reference.$refText}"`);
}

/** A threshold in its metric's unit: "90%" over a ratio is 0.9, over a percent metric 90. */
function thresholdIn(text: string | undefined, metricType: string | undefined): number {
    if (text === undefined) fail('threshold');
    const figure = readFigure(text);
    if (figure.kind !== 'decimal' && figure.kind !== 'percent') fail('threshold');
    if (figure.kind === 'percent' && metricType === 'ratio') return ratioOf(figure.value);
    return toNumber(figure.value);
}

/** 90% as a ratio (0.9): the validator's conversion, so a threshold it accepted compiles to what it checked. */
function ratioOf(percent: Fixed): number {
    return toNumber(percentToRatio(percent) ?? fail('percentage'));
}

function compileExpression(expression: Expression, context: Context, ratioPeer = false): CompiledExpression {
    if (isNumberLiteral(expression)) {
        const figure = readFigure(expression.value);
        if (figure.kind !== 'decimal' && figure.kind !== 'percent') fail('number in formula');
        const value = figure.kind === 'percent' && ratioPeer ? ratioOf(figure.value) : toNumber(figure.value);
        return { type: 'number', value };
    }
    if (isStringLiteral(expression)) return { type: 'string', value: expression.value };
    if (isBooleanLiteral(expression)) return { type: 'boolean', value: expression.value === 'yes' };
    if (isMetricRef(expression)) return { type: 'metric', name: metricName(expression.metric) };
    if (isUnaryExpression(expression)) {
        return { type: 'unary', operator: expression.operator, operand: compileExpression(expression.operand, context) };
    }
    if (isBinaryExpression(expression)) {
        const isRatio = (side: Expression) =>
            isMetricRef(side) && context.metricTypes.get(side.metric?.ref?.name ?? '') === 'ratio';
        return {
            type: 'binary',
            operator: expression.operator,
            left: compileExpression(expression.left, context, isRatio(expression.right)),
            right: compileExpression(expression.right, context, isRatio(expression.left)),
        };
    }
    if (isCall(expression)) {
        return {
            type: 'call',
            function: expression.function,
            args: expression.args.map((arg) => compileExpression(arg, context)),
        };
    }
    return fail('expression');
}

function compileEvidenceRules(node: Node, context: Context): EvidenceRule[] {
    const rules: EvidenceRule[] = [];
    for (const requirement of requirements(node)) {
        const effect = requirement.effect ? effectOf(requirement.effect) : context.defaultEffect;
        for (const reference of requirement.evidence) {
            const declared = reference.evidence?.ref;
            rules.push({
                ...(declared ? { evidence: declared.name } : {}),
                title: declared ? declared.title : (reference.title ?? fail('evidence title')),
                explanationAllowed: requirement.explanation,
                effect,
            });
        }
    }
    return rules;
}

function compileAdjustments(rubric: Rubric): CompiledRubric['adjustments'] {
    const bonuses: Adjustment[] = [];
    const penalties: Adjustment[] = [];
    for (const entry of rubricAdjustments(rubric)?.entries ?? []) {
        const adjustment = { key: entry.name ?? entry.title, title: entry.title, max: number(entry.max, 'adjustment max') };
        (entry.kind === 'bonus' ? bonuses : penalties).push(adjustment);
    }
    return { bonuses, penalties };
}

function compileGrades(rubric: Rubric): Grade[] {
    return (rubricGrades(rubric)?.grades ?? []).map((grade) =>
        grade.otherwise
            ? { name: grade.name, min: 0, inclusive: true }
            : { name: grade.name, min: number(grade.threshold, 'grade threshold'), inclusive: grade.operator === '>=' },
    );
}

/** Fields are the top level, criteria the second, items everything deeper; leaves wherever they are. */
function countNodes(nodes: CompiledNode[]): CompiledRubric['counts'] {
    const counts = { fields: 0, criteria: 0, items: 0, leaves: 0 };
    const visit = (list: CompiledNode[], depth: number) => {
        for (const node of list) {
            if (depth === 1) counts.fields++;
            else if (depth === 2) counts.criteria++;
            else counts.items++;
            if (node.children) visit(node.children, depth + 1);
            else counts.leaves++;
        }
    };
    visit(nodes, 1);
    return counts;
}
