import { formatFixed, fromNumber, type CompiledRubric, type Locale } from '@par-rubric/language';
import { metricTypeName, word } from '../report-text.js';
import { describeEvidence, describeScoring } from '../rule-text.js';
import type { TemplateUnit } from '../../contracts/template-writer.js';
import { templateRows } from './template-rows.js';

/**
 * The YAML template: the blank assessment with a comment above every entry saying what it is (title,
 * max, the scoring rule, the evidence required), so a unit can fill it in without the rubric at hand.
 */
export default function yamlTemplate(rubric: CompiledRubric, locale: Locale, unit?: TemplateUnit): string {
    const lines: string[] = [];
    const comment = (indent: string, textValue: string): void => {
        for (const line of textValue.split('\n')) lines.push(`${indent}# ${line}`.trimEnd());
    };
    const points = (value: number): string => formatFixed(fromNumber(value)!, locale);
    comment('', `${rubric.title} (${rubric.id})`);
    comment('', word(locale, 'templateYamlHeader'));
    lines.push(`rubric: ${quote(rubric.id)}`, `hash: ${quote(rubric.hash)}`, `year: ${rubric.year}`);
    lines.push('unit:', `  id: ${quote(unit?.id ?? '')}`, `  name: ${quote(unit?.name ?? '')}`, `  type: ${quote(unit?.type ?? rubric.unitType)}`);
    if (unit?.group !== undefined) lines.push(`  group: ${quote(unit.group)}`);
    lines.push(rubric.metrics.length > 0 ? 'metrics:' : 'metrics: {}');
    for (const metric of rubric.metrics) {
        const options = metric.options?.length ? `; ${word(locale, 'options')}: ${metric.options.map(quote).join(', ')}` : '';
        comment('  ', `${metric.title ?? metric.name} — ${metricTypeName(metric.type, locale)}${options}`);
        lines.push(`  ${metric.name}: null`);
    }
    const rows = templateRows(rubric, locale);
    const surveyCodes: string[] = [];
    const optional: string[] = [];
    lines.push('items:');
    for (const row of rows) {
        const { node } = row;
        if (node.optional) optional.push(node.code);
        const heading = `${node.code} ${node.title} (${word(locale, 'max')} ${points(node.max)})`;
        if (!row.leaf) {
            comment('  ', `${row.depth === 1 ? '== ' : '-- '}${heading}`);
            continue;
        }
        if (row.survey) {
            surveyCodes.push(node.code);
            continue;
        }
        comment('  ', heading);
        comment('  ', `  ${describeScoring(node, rubric, locale)}`);
        const evidence = describeEvidence(node, rubric, locale);
        if (evidence) comment('  ', `  ${word(locale, 'evidence')}: ${evidence}`);
        lines.push(`  ${quote(node.code)}:`);
        const scoring = node.scoring;
        if (scoring?.method === 'choice') lines.push('    choice: null');
        if (scoring?.method === 'yesno' && !scoring.condition) lines.push('    answer: null  # true / false');
        lines.push('    self: null');
        lines.push('    evidence: []  # - { title: "…", number: "…", date: YYYY-MM-DD, link: "…", section: "…" }');
        lines.push('    explanation: null  # { text: "…" }');
        lines.push('    notes: null');
        lines.push('    appraisal1: null', '    appraisal2: null');
    }
    lines.push(surveyCodes.length > 0 ? 'survey:' : 'survey: {}');
    for (const code of surveyCodes) {
        const node = rows.find((r) => r.node.code === code)!.node;
        comment('  ', `${node.code} ${node.title} (${word(locale, 'max')} ${points(node.max)})`);
        lines.push(`  ${quote(code)}: null`);
    }
    const adjustments = (kind: 'bonuses' | 'penalties'): void => {
        const list = rubric.adjustments[kind];
        for (const a of list) comment('', `  - { key: ${a.key}, points: … }  # ${a.title} (${word(locale, 'max')} ${points(a.max)})`);
        lines.push(`${kind}: []`);
    };
    adjustments('bonuses');
    adjustments('penalties');
    if (optional.length > 0) comment('', `${word(locale, 'optionalNode')}: ${optional.join(', ')}`);
    lines.push('notApplicable: []');
    return lines.join('\n') + '\n';
}

/** A double-quoted YAML scalar: JSON's string syntax is valid YAML and never changes type. */
function quote(value: string): string {
    return JSON.stringify(value);
}
