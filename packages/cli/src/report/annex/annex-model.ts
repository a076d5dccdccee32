import { formatFixed, fromNumber, type Band, type CompiledNode, type CompiledRubric, type Locale } from '@par-rubric/language';
import { word } from '../report-text.js';
import { describeBands, describeEvidence, describeScoring } from '../rule-text.js';

/** One row of the annex table: STT | title | max | scoring rule | evidence | lead agency. */
type AnnexRow = { code: string; title: string; max: number; rule: string; evidence: string; lead: string; depth: number; leaf: boolean };

/** The rubric as the annex (Phụ lục) of the decision that publishes it. */
export type Annex = {
    title: string;
    id: string;
    basis?: string;
    /** "(Kèm theo Quyết định số 1149/QĐ-UBND ngày 15 tháng 3 năm 2022 của …)" when the rubric names its decision. */
    decisionLine?: string;
    /** "8 lĩnh vực, 34 tiêu chí, 62 tiêu chí thành phần; tổng điểm tối đa 100". */
    shape: string;
    headings: [string, string, string, string, string, string];
    rows: AnnexRow[];
    total: number;
    totalLabel: string;
    adjustments: { heading: string; lines: string[] };
    grades: { heading: string; lines: string[] };
};

export function annexOf(rubric: CompiledRubric, locale: Locale): Annex {
    const rows: AnnexRow[] = [];
    const visit = (nodes: CompiledNode[], depth: number): void => {
        for (const node of nodes) {
            const leaf = !node.children?.length;
            const notes: string[] = [];
            if (leaf) notes.push(describeScoring(node, rubric, locale));
            if (node.optional) notes.push(`${word(locale, 'notApplicableAllowed')}${node.optional.reason ? `: ${node.optional.reason}` : ''}`);
            rows.push({ code: node.code, title: node.title, max: node.max, rule: notes.join('. '), evidence: leaf ? describeEvidence(node, rubric, locale) : '', lead: node.lead ?? '', depth, leaf });
            if (!leaf) visit(node.children!, depth + 1);
        }
    };
    visit(rubric.nodes, 1);
    const figure = (value: number): string => formatFixed(fromNumber(value)!, locale);
    const adjustments = [
        ...rubric.adjustments.bonuses.map((a) => `${word(locale, 'bonus')}: ${a.title} (${word(locale, 'max')} ${figure(a.max)} ${word(locale, 'points')})`),
        ...rubric.adjustments.penalties.map((a) => `${word(locale, 'penalty')}: ${a.title} (${word(locale, 'max')} ${figure(a.max)} ${word(locale, 'points')})`),
    ];
    // grades are bands over the index: worded by the same derivation as the scoring bands
    const bands: Band[] = rubric.grades.map((g, i) =>
        i === rubric.grades.length - 1 && g.min === 0 && g.inclusive ? { else: true, points: 0 } : { operator: g.inclusive ? '>=' : '>', threshold: g.min, points: 0 },
    );
    const regions = describeBands(bands, 'percent', locale);
    return {
        title: rubric.title,
        id: rubric.id,
        basis: rubric.basis,
        ...(rubric.decision ? { decisionLine: decisionLine(rubric.decision, locale) } : {}),
        shape: word(locale, 'annexShape', {
            fields: rubric.counts.fields,
            criteria: rubric.counts.criteria,
            items: rubric.counts.items,
            total: figure(rubric.total),
        }),
        headings: [word(locale, 'annexNo'), word(locale, 'annexContent'), word(locale, 'annexMax'), word(locale, 'annexRule'), word(locale, 'annexEvidence'), word(locale, 'annexLead')],
        rows,
        total: rubric.total,
        totalLabel: word(locale, 'annexTotal'),
        adjustments: { heading: word(locale, 'annexAdjustments'), lines: adjustments },
        grades: { heading: word(locale, 'annexGrades'), lines: rubric.grades.map((g, i) => `${g.name}: ${regions[i]}`) },
    };
}

/** Decree 30/2020 writes days below 10 and the months January and February with a leading zero. */
function decisionLine(decision: NonNullable<CompiledRubric['decision']>, locale: Locale): string {
    if (!decision.date || !decision.issuer) return word(locale, 'annexDecisionNumberOnly', { number: decision.number });
    const [year, month, day] = decision.date.split('-').map(Number);
    return word(locale, 'annexDecision', {
        number: decision.number,
        day: String(day).padStart(2, '0'),
        month: month < 3 ? String(month).padStart(2, '0') : String(month),
        year: String(year),
        issuer: decision.issuer,
    });
}
