import { dateForLocale, formatFixed, fromNumber, type Band, type CompiledExpression, type CompiledNode, type CompiledRubric, type Locale, type MetricType } from '@par-rubric/language';

/**
 * A leaf's scoring rule in the words of a published annex: "Ban hành kịp thời: 1; Ban hành không kịp
 * thời: 0,5; Không ban hành: 0", "Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0". Band wording is derived
 * from the operators themselves (each band is what its condition leaves after the bands before it), so
 * the text says exactly what the engine does at every boundary.
 */
export function describeScoring(node: CompiledNode, rubric: CompiledRubric, locale: Locale): string {
    const scoring = node.scoring;
    if (!scoring) return '';
    const w = WORDS[locale];
    const points = (value: number): string => figure(value, locale);
    const metric = (name: string) => rubric.metrics.find((m) => m.name === name);
    const metricTitle = (name: string): string => metric(name)?.title ?? name;
    switch (scoring.method) {
        case 'choice':
            return scoring.outcomes.map((o) => `${o.label}: ${points(o.points)}`).join('; ');
        case 'yesno': {
            const yes = scoring.outcomes.yes.label ?? (scoring.condition ? `${w.yesWhen} ${expression(scoring.condition, rubric, locale)}` : w.yes);
            const no = scoring.outcomes.no.label ?? w.otherwise;
            return `${yes}: ${points(scoring.outcomes.yes.points)}; ${no}: ${points(scoring.outcomes.no.points)}`;
        }
        case 'deadline': {
            const due = dateForLocale(scoring.due, locale);
            const grace = scoring.graceDays > 0 ? w.grace(scoring.graceDays) : '';
            const labels = scoring.labels ?? {};
            return [
                `${withLabel(labels.onTime, `${w.onTime(due)}${grace}`)}: ${points(scoring.onTime)}`,
                `${withLabel(labels.late, w.late)}: ${points(scoring.late)}`,
                `${withLabel(labels.missing, w.missing)}: ${points(scoring.missing)}`,
            ].join('; ');
        }
        case 'bands': {
            const type = metric(scoring.metric)?.type ?? 'number';
            return describeBands(scoring.bands, type, locale)
                .map((region, i) => `${withLabel(scoring.bands[i].label, region)}: ${points(scoring.bands[i].points)}`)
                .join('; ');
        }
        case 'proportional':
            return w.proportional(metricTitle(scoring.metric), points(node.max));
        case 'deduct':
            return w.deduct(points(scoring.amount), metricTitle(scoring.metric), points(node.max));
        case 'judged':
            return w.judged(points(node.max), points(scoring.step));
        case 'survey': {
            const base = scoring.source ? `${w.survey} (${scoring.source})` : w.survey;
            return scoring.scale ? `${base}: ${w.surveyScale(scoring.scale, scoring.rounding ?? 'half-up', points(node.max))}` : base;
        }
        case 'formula':
            return `${w.formula}: ${expression(scoring.expression, rubric, locale)}`;
    }
}

/**
 * The evidence a leaf requires, as the annex lists it: each title with how many and by when where the
 * rubric says so, what missing it costs when that is not the usual 0, and whether an explanation may
 * stand in.
 */
export function describeEvidence(node: CompiledNode, rubric: CompiledRubric, locale: Locale): string {
    const w = WORDS[locale];
    const rules = node.evidence ?? [];
    const parts = rules.map((rule) => {
        const declared = rule.evidence ? rubric.evidence.find((e) => e.name === rule.evidence) : undefined;
        const notes: string[] = [];
        if (declared && declared.minCount > 1) notes.push(w.atLeastCount(declared.minCount));
        if (declared?.issuedBy) notes.push(w.issuedBy(dateForLocale(declared.issuedBy, locale)));
        if (rule.effect.kind === 'cap') notes.push(w.missingCap(figure(rule.effect.cap, locale)));
        if (rule.effect.kind === 'flag') notes.push(w.missingFlag);
        if (rule.explanationAllowed) notes.push(w.orExplanation);
        return notes.length > 0 ? `${rule.title} (${notes.join('; ')})` : rule.title;
    });
    return parts.join('; ');
}

type Interval = { low: number; lowIn: boolean; high: number; highIn: boolean };

/** Each band's region: its own condition minus every band before it, clipped to the metric's range. */
export function describeBands(bands: readonly Band[], type: MetricType, locale: Locale): string[] {
    const domain = domainOf(type);
    let taken: Interval[] = [];
    return bands.map((band) => {
        const condition = 'else' in band ? [domain] : intersect([conditionOf(band)], domain);
        const region = subtract(condition, taken);
        taken = [...taken, ...region];
        return describeRegion(region, domain, type, locale);
    });
}

function domainOf(type: MetricType): Interval {
    if (type === 'percent') return { low: 0, lowIn: true, high: 100, highIn: true };
    if (type === 'ratio') return { low: 0, lowIn: true, high: 1, highIn: true };
    if (type === 'count') return { low: 0, lowIn: true, high: Infinity, highIn: false };
    return { low: -Infinity, lowIn: false, high: Infinity, highIn: false };
}

function conditionOf(band: Exclude<Band, { else: true }>): Interval {
    const t = band.threshold;
    switch (band.operator) {
        case '>=':
            return { low: t, lowIn: true, high: Infinity, highIn: false };
        case '>':
            return { low: t, lowIn: false, high: Infinity, highIn: false };
        case '=':
            return { low: t, lowIn: true, high: t, highIn: true };
        case '<=':
            return { low: -Infinity, lowIn: false, high: t, highIn: true };
        case '<':
            return { low: -Infinity, lowIn: false, high: t, highIn: false };
    }
}

function isEmpty(i: Interval): boolean {
    return i.low > i.high || (i.low === i.high && !(i.lowIn && i.highIn));
}

function intersect(intervals: Interval[], with_: Interval): Interval[] {
    return intervals
        .map((i) => {
            const low = i.low > with_.low ? i : i.low < with_.low ? with_ : { low: i.low, lowIn: i.lowIn && with_.lowIn };
            const high = i.high < with_.high ? i : i.high > with_.high ? with_ : { high: i.high, highIn: i.highIn && with_.highIn };
            return { low: low.low, lowIn: low.lowIn, high: high.high, highIn: high.highIn };
        })
        .filter((i) => !isEmpty(i));
}

/** a \ b for unions of intervals. */
function subtract(a: Interval[], b: Interval[]): Interval[] {
    let result = a;
    for (const cut of b) {
        const next: Interval[] = [];
        for (const i of result) {
            // the part below the cut and the part above it
            next.push(...intersect([i], { low: -Infinity, lowIn: false, high: cut.low, highIn: !cut.lowIn }));
            next.push(...intersect([i], { low: cut.high, lowIn: !cut.highIn, high: Infinity, highIn: false }));
        }
        result = next;
    }
    return result.sort((x, y) => y.low - x.low);
}

function describeRegion(region: Interval[], domain: Interval, type: MetricType, locale: Locale): string {
    const w = WORDS[locale];
    if (region.length === 0) return w.never;
    return region
        .map((i) => {
            const low = threshold(i.low, type, locale);
            const high = threshold(i.high, type, locale);
            const fromBottom = i.low === domain.low && i.lowIn === domain.lowIn;
            const toTop = i.high === domain.high && i.highIn === domain.highIn;
            if (fromBottom && toTop) return w.any;
            if (i.low === i.high) return w.equal(low);
            if (toTop) return i.lowIn ? w.atLeast(low) : w.above(low);
            if (fromBottom) return i.highIn ? w.atMost(high) : w.below(high);
            return w.between(low, i.lowIn, high, i.highIn);
        })
        .join(` ${w.or} `);
}

function threshold(value: number, type: MetricType, locale: Locale): string {
    if (type === 'percent') return `${figure(value, locale)}%`;
    if (type === 'ratio') return `${figure(Math.round(value * 1e6) / 1e4, locale)}%`;
    return figure(value, locale);
}

function figure(value: number, locale: Locale): string {
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : formatFixed(exact, locale);
}

const PRECEDENCE: Record<string, number> = { or: 1, and: 2, '<=': 3, '<': 3, '>=': 3, '>': 3, '=': 3, '!=': 3, '+': 4, '-': 4, '*': 5, '/': 5 };

/** A formula or condition in words: metrics by their titles, ≥ ≤ ≠, "và"/"hoặc". */
function expression(node: CompiledExpression, rubric: CompiledRubric, locale: Locale, outer = 0): string {
    const w = WORDS[locale];
    switch (node.type) {
        case 'number':
            return figure(node.value, locale);
        case 'string':
            return `"${node.value}"`;
        case 'boolean':
            return node.value ? w.yes : w.no;
        case 'metric':
            return `«${rubric.metrics.find((m) => m.name === node.name)?.title ?? node.name}»`;
        case 'unary':
            return node.operator === 'not'
                ? `${w.not} ${expression(node.operand, rubric, locale, 6)}`
                : `-${expression(node.operand, rubric, locale, 6)}`;
        case 'binary': {
            const precedence = PRECEDENCE[node.operator];
            const symbol = { or: w.or, and: w.and, '<=': '≤', '>=': '≥', '!=': '≠' }[node.operator as string] ?? node.operator;
            const text = `${expression(node.left, rubric, locale, precedence)} ${symbol} ${expression(node.right, rubric, locale, precedence + 1)}`;
            return precedence < outer ? `(${text})` : text;
        }
        case 'call': {
            const args = node.args.map((a) => expression(a, rubric, locale, node.function === 'all' ? 2 : node.function === 'any' ? 1 : 0));
            if (node.function === 'all') return wrap(args.join(` ${w.and} `), outer > 2);
            if (node.function === 'any') return wrap(args.join(` ${w.or} `), outer > 1);
            if (node.function === 'if') return `${w.if} ${args[0]} ${w.then} ${args[1]}${args[2] ? `, ${w.else} ${args[2]}` : ''}`;
            return `${node.function}(${args.join(', ')})`;
        }
    }
}

function wrap(text: string, parenthesise: boolean): string {
    return parenthesise ? `(${text})` : text;
}

const WORDS = {
    vi: {
        yes: 'Có',
        no: 'Không',
        yesWhen: 'Khi',
        otherwise: 'Trường hợp khác',
        onTime: (due: string) => `Đúng hạn (đến ngày ${due})`,
        grace: (days: number) => ` (cộng ${days} ngày)`,
        late: 'Trễ hạn',
        missing: 'Không thực hiện',
        proportional: (metric: string, max: string) => `Điểm = ${max} × tỷ lệ «${metric}»`,
        deduct: (amount: string, metric: string, max: string) => `${max} điểm, trừ ${amount} điểm cho mỗi trường hợp «${metric}», thấp nhất 0`,
        judged: (max: string, step: string) => `Hội đồng thẩm định chấm từ 0 đến ${max} điểm (bước ${step})`,
        survey: 'Theo kết quả điều tra xã hội học',
        surveyScale: (scale: 'percent' | 'ratio', rounding: 'half-up' | 'down' | 'up', max: string) =>
            `tỷ lệ người hài lòng${scale === 'percent' ? ' (%)' : ''} × ${max} điểm, làm tròn ${{ 'half-up': 'gần nhất', down: 'xuống', up: 'lên' }[rounding]} theo bước điểm`,
        formula: 'Theo công thức',
        orExplanation: 'hoặc giải trình',
        atLeastCount: (n: number) => `ít nhất ${String(n).padStart(2, '0')} văn bản`,
        issuedBy: (d: string) => `ban hành đến ngày ${d}`,
        missingCap: (cap: string) => `thiếu: tối đa ${cap} điểm`,
        missingFlag: 'thiếu: chỉ ghi nhận, không trừ điểm',
        never: 'Không xảy ra',
        any: 'Mọi giá trị',
        equal: (v: string) => `Bằng ${v}`,
        atLeast: (v: string) => `Từ ${v} trở lên`,
        above: (v: string) => `Trên ${v}`,
        atMost: (v: string) => `Từ ${v} trở xuống`,
        below: (v: string) => `Dưới ${v}`,
        between: (low: string, lowIn: boolean, high: string, highIn: boolean) =>
            `${lowIn ? 'Từ' : 'Trên'} ${low} đến ${highIn ? '' : 'dưới '}${high}`,
        or: 'hoặc',
        and: 'và',
        not: 'không',
        if: 'nếu',
        then: 'thì',
        else: 'ngược lại',
    },
    en: {
        yes: 'Yes',
        no: 'No',
        yesWhen: 'When',
        otherwise: 'Otherwise',
        onTime: (due: string) => `On time (by ${due})`,
        grace: (days: number) => ` (plus ${days} days)`,
        late: 'Late',
        missing: 'Not done',
        proportional: (metric: string, max: string) => `Points = ${max} × the rate «${metric}»`,
        deduct: (amount: string, metric: string, max: string) => `${max} points, less ${amount} for each «${metric}», at least 0`,
        judged: (max: string, step: string) => `Set by the appraisal council from 0 to ${max} (step ${step})`,
        survey: 'From the sociological survey',
        surveyScale: (scale: 'percent' | 'ratio', rounding: 'half-up' | 'down' | 'up', max: string) =>
            `the ${scale === 'percent' ? 'percentage' : 'ratio'} of satisfied respondents × ${max} points, rounded ${{ 'half-up': 'to the nearest', down: 'down', up: 'up' }[rounding]} step`,
        formula: 'By the formula',
        orExplanation: 'or an explanation',
        atLeastCount: (n: number) => `at least ${n} documents`,
        issuedBy: (d: string) => `issued by ${d}`,
        missingCap: (cap: string) => `if missing: at most ${cap} points`,
        missingFlag: 'if missing: flagged only, no deduction',
        never: 'Never',
        any: 'Any value',
        equal: (v: string) => `Exactly ${v}`,
        atLeast: (v: string) => `${v} or more`,
        above: (v: string) => `Above ${v}`,
        atMost: (v: string) => `${v} or less`,
        below: (v: string) => `Below ${v}`,
        between: (low: string, lowIn: boolean, high: string, highIn: boolean) =>
            `${lowIn ? 'From' : 'Above'} ${low} ${lowIn ? 'to' : 'up to'} ${highIn ? '' : 'below '}${high}`,
        or: 'or',
        and: 'and',
        not: 'not',
        if: 'if',
        then: 'then',
        else: 'otherwise',
    },
} as const;

/**
 * The published wording first, the exact condition after it ("Đạt yêu cầu (từ 80% trở lên)"), unless the
 * wording already states every figure of that condition ("Hoàn thành 100% kế hoạch", not "Hoàn thành 100%
 * kế hoạch (bằng 100%)").
 */
function withLabel(label: string | undefined, exact: string): string {
    if (label === undefined) return exact;
    if (statesFigures(label, exact)) return label;
    return `${label} (${exact.charAt(0).toLowerCase()}${exact.slice(1)})`;
}

/** Whether every figure of `condition` appears in `label`, whatever its decimal or grouping mark (97,5 = 97.5). */
function statesFigures(label: string, condition: string): boolean {
    const figures = (text: string): string[] => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((f) => f.replace(/[.,]/g, ''));
    const wanted = figures(condition);
    const stated = new Set(figures(label));
    return wanted.length > 0 && wanted.every((f) => stated.has(f));
}
