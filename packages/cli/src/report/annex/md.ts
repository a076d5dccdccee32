import { formatFixed, fromNumber, type CompiledRubric, type Locale } from '@par-rubric/language';
import { word } from '../report-text.js';
import { annexOf } from './annex-model.js';
import { markdownText as escape } from '../../safe-text/markdown.js';

/** The annex as a Markdown table; fields and criteria in bold, as the published tables set them. */
export default function annexMarkdown(rubric: CompiledRubric, locale: Locale): string {
    const annex = annexOf(rubric, locale);
    const figure = (value: number): string => formatFixed(fromNumber(value)!, locale);
    const out = [`# ${word(locale, 'annexTitle')}: ${escape(annex.title)}`, '', `${escape(annex.shape)} (${annex.id})`];
    if (annex.decisionLine) out.push('', escape(annex.decisionLine));
    if (annex.basis) out.push('', `${word(locale, 'annexBasis')}: ${escape(annex.basis)}`);
    out.push('', `| ${annex.headings.map(escape).join(' | ')} |`, '| --- | --- | ---: | --- | --- | --- |');
    for (const row of annex.rows) {
        const strong = (text: string): string => (row.leaf || !text ? text : `**${text}**`);
        out.push(`| ${strong(escape(row.code))} | ${strong(escape(row.title))} | ${strong(figure(row.max))} | ${escape(row.rule)} | ${escape(row.evidence)} | ${escape(row.lead)} |`);
    }
    out.push(`|  | **${escape(annex.totalLabel)}** | **${figure(annex.total)}** |  |  |  |`);
    if (annex.adjustments.lines.length > 0) out.push('', `## ${escape(annex.adjustments.heading)}`, '', ...annex.adjustments.lines.map((l) => `- ${escape(l)}`));
    if (annex.grades.lines.length > 0) out.push('', `## ${escape(annex.grades.heading)}`, '', ...annex.grades.lines.map((l) => `- ${escape(l)}`));
    return out.join('\n') + '\n';
}
