import { AstUtils } from 'langium';
import { formatFixed, percentShare } from '../decimal/fixed.js';
import * as ast from '../generated/ast.js';
import { childrenSum, headerProperty, isLeaf, nodeMax, nodeProperty, requirements, rubricStep, scoringMethods } from '../ast/rubric-queries.js';
import type { Locale } from '../i18n/locale.js';
import { readFigure } from '../validation/figures.js';
import { checkSum, declaredTotal, kindName } from './branch-figures.js';
import { lspText, type TextKey } from './lsp-text.js';

/**
 * What a rubric author wants to know about a node without reading its whole block: its points and their
 * share of the total, whether its children add up, who appraises it, how it is scored, and what evidence
 * it needs — as Markdown for a hover.
 */
export function describeNode(node: ast.Node, locale: Locale): string {
    const rubric = AstUtils.getContainerOfType(node, ast.isRubric);
    const parts: string[] = [`**${kindName(node.kind, locale)} ${node.code}** · ${escapeMarkdown(node.title ?? '')}`];
    const max = nodeMax(node);
    if (max !== undefined) {
        const total = rubric ? declaredTotal(rubric) : undefined;
        const share = total === undefined ? undefined : percentShare(max, total);
        parts.push(
            share === undefined
                ? lspText(locale, 'pointsOnly', { max: formatFixed(max, locale) })
                : lspText(locale, 'pointsShare', { max: formatFixed(max, locale), share: formatFixed(share, locale) }),
        );
        const children = isLeaf(node) ? undefined : childrenSum(node);
        if (children !== undefined) {
            const check = checkSum(children, max);
            const key: TextKey = check.status === 'match' ? 'childrenMatch' : check.status === 'short' ? 'childrenShort' : 'childrenOver';
            parts.push(lspText(locale, key, { sum: formatFixed(children, locale), diff: formatFixed(check.difference, locale) }));
        }
    }
    const lead = nodeProperty(node, 'lead')?.lead;
    if (lead) parts.push(lspText(locale, 'lead', { lead: escapeMarkdown(lead) }));
    const optional = nodeProperty(node, 'optional');
    if (optional) parts.push(lspText(locale, 'optional', { reason: optional.reason ? escapeMarkdown(optional.reason) : undefined }));
    if (isLeaf(node)) {
        const methods = scoringMethods(node);
        parts.push(...(methods.length === 0 ? [lspText(locale, 'methodNone')] : methods.map((m) => describeMethod(m, node, locale))));
        const rules = requirements(node);
        if (rules.length > 0) parts.push(describeRequirements(rules, rubric, locale));
    }
    return parts.join('\n\n');
}

function describeMethod(method: ast.ScoringMethod, node: ast.Node, locale: Locale): string {
    const max = nodeMax(node);
    const maxText = max === undefined ? '?' : formatFixed(max, locale);
    switch (method.$type) {
        case 'Choice':
            return [
                lspText(locale, 'methodChoice'),
                '',
                lspText(locale, 'outcomeHeader'),
                '| --- | ---: |',
                ...method.outcomes.map((o) => `| ${escapeMarkdown(o.label)} | ${points(o.points, locale)} |`),
            ].join('\n');
        case 'YesNo':
            return [
                lspText(locale, 'methodYesNo', { condition: method.condition ? sourceText(method.condition) : undefined }),
                '',
                lspText(locale, 'outcomeHeader'),
                '| --- | ---: |',
                ...method.outcomes.map((o) => {
                    const answer = lspText(locale, o.answer === 'yes' ? 'answerYes' : 'answerNo');
                    return `| ${answer}${o.label ? ` — ${escapeMarkdown(o.label)}` : ''} | ${points(o.points, locale)} |`;
                }),
            ].join('\n');
        case 'Deadline': {
            const status: Record<string, TextKey> = { onTime: 'statusOnTime', late: 'statusLate', missing: 'statusMissing' };
            return [
                lspText(locale, 'methodDeadline', { metric: metricLabel(method.metric), due: method.due, grace: method.graceDays }),
                '',
                lspText(locale, 'outcomeHeader'),
                '| --- | ---: |',
                ...method.outcomes.map((o) => `| ${lspText(locale, status[o.status])} | ${points(o.points, locale)} |`),
            ].join('\n');
        }
        case 'Bands':
            return lspText(locale, 'methodBands', {
                metric: metricLabel(method.metric),
                bands: method.bands.map((band) => describeBand(band, locale)).join(' · '),
            });
        case 'Proportional':
            return lspText(locale, 'methodProportional', { metric: metricLabel(method.metric), max: maxText });
        case 'Deduction':
            return lspText(locale, 'methodDeduct', { amount: points(method.amount, locale), metric: metricLabel(method.metric), max: maxText });
        case 'Judged': {
            const rubric = AstUtils.getContainerOfType(node, ast.isRubric);
            const step = method.step !== undefined ? points(method.step, locale) : rubric ? formatStep(rubric, locale) : '?';
            return lspText(locale, 'methodJudged', { max: maxText, step });
        }
        case 'Survey':
            return lspText(locale, 'methodSurvey', { source: method.source ? escapeMarkdown(method.source) : undefined });
        case 'Formula':
            return lspText(locale, 'methodFormula', { expression: method.expression ? sourceText(method.expression) : '' });
    }
}

/** `> 90% → 2`, `≥ 70% → 1`, `còn lại → 0`. */
function describeBand(band: ast.Band, locale: Locale): string {
    const result = points(band.points, locale);
    if (band.otherwise) return `${lspText(locale, 'bandOtherwise')} → ${result}`;
    const operator = band.operator === '>=' ? '≥' : band.operator === '<=' ? '≤' : band.operator;
    return `${operator} ${figure(band.threshold, locale)} → ${result}`;
}

function describeRequirements(rules: ast.Requirement[], rubric: ast.Rubric | undefined, locale: Locale): string {
    const lines = [lspText(locale, 'evidenceHeading')];
    for (const rule of rules) {
        for (const reference of rule.evidence) lines.push(`- ${describeEvidenceRef(reference, locale)}`);
    }
    const parts = [lines.join('\n')];
    for (const rule of rules) {
        const effect = rule.effect ?? (rubric ? headerProperty(rubric, 'missingEvidence')?.effect : undefined);
        parts.push(
            lspText(locale, 'whenMissing', {
                effect: describeEffect(effect, locale),
                byDefault: effect === undefined ? 'yes' : undefined,
                explanation: rule.explanation ? 'yes' : undefined,
            }),
        );
    }
    return parts.join('\n\n');
}

function describeEvidenceRef(reference: ast.EvidenceRef, locale: Locale): string {
    if (reference.title !== undefined) return escapeMarkdown(reference.title);
    const evidence = reference.evidence?.ref;
    if (!evidence) return `\`${reference.evidence?.$refText ?? ''}\``;
    return [`${escapeMarkdown(evidence.title)} (\`${evidence.name}\`)`, ...evidenceDetails(evidence, locale)].join(' · ');
}

/** kind, issuer, minimum count and issue-by date of an evidence declaration, in words. */
export function evidenceDetails(evidence: ast.Evidence, locale: Locale): string[] {
    const details: string[] = [];
    for (const property of evidence.properties) {
        if (property.keyword === 'kind' && property.kind) details.push(lspText(locale, 'evidenceKind', { kind: property.kind }));
        if (property.keyword === 'issuer' && property.issuer) details.push(lspText(locale, 'evidenceIssuer', { issuer: escapeMarkdown(property.issuer) }));
        if (property.keyword === 'min' && property.minCount) details.push(lspText(locale, 'evidenceMin', { count: property.minCount }));
        if (property.keyword === 'issuedBy' && property.issuedBy) details.push(lspText(locale, 'evidenceIssuedBy', { date: property.issuedBy }));
    }
    return details;
}

function describeEffect(effect: ast.MissingEffect | undefined, locale: Locale): string {
    if (!effect || effect.kind === 'zero') return lspText(locale, 'missingZero');
    if (effect.kind === 'flag') return lspText(locale, 'missingFlag');
    return lspText(locale, 'missingCap', { cap: effect.cap === undefined ? '?' : points(effect.cap, locale) });
}

function metricLabel(reference: { ref?: ast.Metric; $refText: string } | undefined): string {
    const metric = reference?.ref;
    if (!metric) return `\`${reference?.$refText ?? ''}\``;
    return metric.title ? `\`${metric.name}\` (${escapeMarkdown(metric.title)})` : `\`${metric.name}\``;
}

function formatStep(rubric: ast.Rubric, locale: Locale): string {
    const step = rubricStep(rubric);
    return step === undefined ? '?' : formatFixed(step, locale);
}

/** Points as people write them (0,5 in Vietnamese); text that is not a number stays as typed. */
function points(text: string | undefined, locale: Locale): string {
    return figure(text, locale);
}

function figure(text: string | undefined, locale: Locale): string {
    if (text === undefined) return '?';
    const read = readFigure(text);
    if (read.kind === 'decimal') return formatFixed(read.value, locale);
    if (read.kind === 'percent') return `${formatFixed(read.value, locale)}%`;
    return text;
}

/** An expression as written, on one line. */
function sourceText(expression: ast.Expression): string {
    return (expression.$cstNode?.text ?? '').replace(/\s+/g, ' ').replace(/`/g, "'");
}

export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}
