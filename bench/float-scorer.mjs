// The benchmark's BASELINE ONLY: the scoring semantics of the product on plain JavaScript floats, as a
// straightforward implementation would write them. It shows what exact arithmetic costs in speed and what
// floats get wrong. The product never uses it: all points go through the exact engine.

const DAY = 86_400_000;
/** Remembers a pure function's results for the few distinct texts a batch repeats (as the engine does). */
const memo = (fn) => {
    const seen = new Map();
    return (text) => {
        let value = seen.get(text);
        if (value === undefined && !seen.has(text)) {
            if (seen.size > 4096) seen.clear();
            value = fn(text);
            seen.set(text, value);
        }
        return value;
    };
};
const dayOf = memo((text) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY : undefined;
});
const key = memo((text) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase());
const roundTo = (value, step) => Math.round(value / step) * step;
const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

function compileExpression(node, metricIndex) {
    switch (node.type) {
        case 'number':
        case 'string':
        case 'boolean': {
            const value = node.value;
            return () => value;
        }
        case 'metric': {
            const index = metricIndex.get(node.name);
            return (values) => {
                const value = values[index];
                if (value === undefined) throw new Error('missing');
                return value;
            };
        }
        case 'unary': {
            const operand = compileExpression(node.operand, metricIndex);
            return node.operator === 'not' ? (v) => !operand(v) : (v) => -operand(v);
        }
        case 'binary': {
            const left = compileExpression(node.left, metricIndex);
            const right = compileExpression(node.right, metricIndex);
            const op = {
                or: (a, b) => a || b,
                and: (a, b) => a && b,
                '=': (a, b) => a === b,
                '!=': (a, b) => a !== b,
                '<': (a, b) => a < b,
                '<=': (a, b) => a <= b,
                '>': (a, b) => a > b,
                '>=': (a, b) => a >= b,
                '+': (a, b) => a + b,
                '-': (a, b) => a - b,
                '*': (a, b) => a * b,
                '/': (a, b) => a / b,
            }[node.operator];
            return (v) => op(left(v), right(v));
        }
        case 'call': {
            const args = node.args.map((arg) => compileExpression(arg, metricIndex));
            switch (node.function) {
                case 'min':
                    return (v) => args.reduce((low, a, i) => (i === 0 ? a(v) : Math.min(low, a(v))), 0);
                case 'max':
                    return (v) => args.reduce((high, a, i) => (i === 0 ? a(v) : Math.max(high, a(v))), 0);
                case 'if':
                    return (v) => (args[0](v) ? args[1](v) : args[2](v));
                case 'all':
                    return (v) => args.every((a) => a(v));
                case 'any':
                    return (v) => args.some((a) => a(v));
                default:
                    return (v) => {
                        const factor = 10 ** (args.length > 1 ? args[1](v) : 0);
                        return Math.round(args[0](v) * factor) / factor;
                    };
            }
        }
    }
    throw new Error(`unknown expression ${node.type}`);
}

const COMPARE = {
    '>=': (t) => (v) => v >= t,
    '>': (t) => (v) => v > t,
    '=': (t) => (v) => v === t,
    '<=': (t) => (v) => v <= t,
    '<': (t) => (v) => v < t,
};
const bandTest = (band) => (band.else ? () => true : COMPARE[band.operator](band.threshold));

/** The compiled rubric flattened once, like the engine's plan: nodes in pre-order, leaves with their rules. */
export function prepareFloat(compiled) {
    const metricIndex = new Map(compiled.metrics.map((m, i) => [m.name, i]));
    const declared = new Map((compiled.evidence ?? []).map((e) => [e.name, e]));
    const nodes = [];
    const leaves = [];
    const visit = (node, parent) => {
        const index = nodes.length;
        const entry = { code: node.code, max: node.max, parent, children: [], leaf: -1, optional: node.optional !== undefined };
        nodes.push(entry);
        if (parent >= 0) nodes[parent].children.push(index);
        if (node.children?.length) {
            for (const child of node.children) visit(child, index);
            return;
        }
        const s = node.scoring;
        const leaf = { node: index, code: node.code, max: node.max, method: s.method, scoring: s };
        if (s.metric !== undefined) leaf.metric = metricIndex.get(s.metric);
        if (s.method === 'bands') leaf.bands = s.bands.map((band) => ({ points: band.points, matches: bandTest(band) }));
        if (s.method === 'choice') leaf.keys = new Map(s.outcomes.map((o, i) => [key(o.label), i]));
        if (s.method === 'deadline') leaf.lastDay = dayOf(s.due) + (s.graceDays ?? 0);
        if (s.method === 'proportional') leaf.percent = compiled.metrics[leaf.metric].type === 'percent';
        if (s.method === 'formula') leaf.evaluate = compileExpression(s.expression, metricIndex);
        if (s.method === 'yesno' && s.condition) leaf.condition = compileExpression(s.condition, metricIndex);
        leaf.evidence = (node.evidence ?? []).map((rule) => ({
            name: rule.evidence,
            titleKey: key(rule.title),
            minCount: declared.get(rule.evidence)?.minCount ?? 1,
            issuedBy: declared.get(rule.evidence)?.issuedBy,
            explanationAllowed: rule.explanationAllowed,
            effect: rule.effect,
        }));
        entry.leaf = leaves.length;
        leaves.push(leaf);
    };
    for (const field of compiled.nodes) visit(field, -1);
    return {
        compiled,
        nodes,
        leaves,
        fields: nodes.map((n, i) => (n.parent < 0 ? i : -1)).filter((i) => i >= 0),
        metrics: compiled.metrics,
        step: compiled.step ?? 0.01,
        total: compiled.total,
        grades: compiled.grades,
        bonuses: new Map((compiled.adjustments?.bonuses ?? []).map((b) => [b.key, b.max])),
        penalties: new Map((compiled.adjustments?.penalties ?? []).map((p) => [p.key, p.max])),
    };
}

function metricValues(plan, assessment) {
    const values = new Array(plan.metrics.length);
    plan.metrics.forEach((metric, i) => {
        const raw = assessment.metrics?.[metric.name];
        values[i] = metric.type === 'date' && typeof raw === 'string' ? dayOf(raw) : raw ?? undefined;
    });
    return values;
}

function computed(leaf, values, answer, survey, step) {
    const s = leaf.scoring;
    try {
        switch (leaf.method) {
            case 'choice': {
                const choice = answer?.choice;
                if (choice === undefined) return undefined;
                const outcome = typeof choice === 'number' ? choice - 1 : leaf.keys.get(key(choice));
                return s.outcomes[outcome]?.points;
            }
            case 'yesno': {
                const yes = leaf.condition ? leaf.condition(values) === true : answer?.answer === true || answer?.answer === 'yes';
                if (!leaf.condition && answer?.answer === undefined) return undefined;
                return yes ? s.outcomes.yes.points : s.outcomes.no.points;
            }
            case 'deadline': {
                const day = values[leaf.metric];
                return day === undefined ? s.missing : day <= leaf.lastDay ? s.onTime : s.late;
            }
            case 'bands': {
                const value = values[leaf.metric];
                if (value === undefined) return undefined;
                for (const band of leaf.bands) if (band.matches(value)) return band.points;
                return 0;
            }
            case 'proportional': {
                const value = values[leaf.metric];
                if (value === undefined) return undefined;
                return roundTo(clamp(leaf.percent ? (value / 100) * leaf.max : value * leaf.max, 0, leaf.max), step);
            }
            case 'deduct': {
                const value = values[leaf.metric];
                if (value === undefined) return undefined;
                return Math.max(0, leaf.max - s.amount * value);
            }
            case 'judged':
                return undefined;
            case 'survey':
                return survey?.[leaf.code];
            default:
                return roundTo(clamp(leaf.evaluate(values), 0, leaf.max), step);
        }
    } catch {
        return undefined;
    }
}

/** The combined effect of the missing required documents, or undefined when nothing (unexplained) is missing. */
function evidenceEffect(leaf, answer) {
    if (leaf.evidence.length === 0) return undefined;
    const supplied = answer?.evidence ?? [];
    const single = leaf.evidence.length === 1;
    const accepted = answer?.explanation?.accepted === true;
    let effect;
    for (const rule of leaf.evidence) {
        let count = 0;
        for (const doc of supplied) {
            const matched = doc.ref !== undefined ? doc.ref === rule.name || key(doc.ref) === rule.titleKey : single || key(doc.title) === rule.titleKey;
            if (matched && (rule.issuedBy === undefined || (doc.date !== undefined && doc.date <= rule.issuedBy))) count++;
        }
        if (count >= rule.minCount || (rule.explanationAllowed && accepted)) continue;
        const next = rule.effect;
        if (!effect || next.kind === 'zero' || (next.kind === 'cap' && (effect.kind === 'flag' || (effect.kind === 'cap' && next.cap < effect.cap)))) {
            if (effect?.kind !== 'zero') effect = next;
        }
    }
    return effect;
}

const applyEffect = (score, effect) => (score === undefined || !effect ? score : effect.kind === 'zero' ? 0 : effect.kind === 'cap' ? Math.min(score, effect.cap) : score);

/** One assessment scored with floats: per-leaf results, subtotals, total, index and grade. */
export function scoreFloat(plan, assessment) {
    const values = metricValues(plan, assessment);
    const nodes = plan.nodes;
    const notApplicable = new Set(assessment.notApplicable ?? []);
    const applicable = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        const na = node.optional && (notApplicable.has(node.code) || assessment.items?.[node.code]?.notApplicable !== undefined);
        applicable[i] = !na && (node.parent < 0 || applicable[node.parent]);
    }
    const sums = new Float64Array(nodes.length);
    const maxima = new Float64Array(nodes.length);
    const results = new Array(plan.leaves.length);
    for (const leaf of plan.leaves) {
        if (!applicable[leaf.node]) {
            results[leaf.node] = undefined;
            continue;
        }
        const answer = assessment.items?.[leaf.code];
        const effect = evidenceEffect(leaf, answer);
        const rule = applyEffect(computed(leaf, values, answer, assessment.survey, plan.step), effect);
        const self = answer?.self;
        const final = answer?.appraisal2 ?? answer?.appraisal1 ?? rule ?? applyEffect(self, effect) ?? 0;
        results[leaf.node] = { computed: rule, self, final };
        sums[leaf.node] = final;
        maxima[leaf.node] = leaf.max;
    }
    // bottom-up: pre-order reversed visits children before parents
    for (let i = nodes.length - 1; i >= 0; i--) {
        const node = nodes[i];
        if (node.leaf < 0) {
            let sum = 0;
            let max = 0;
            for (const child of node.children) {
                sum += sums[child];
                max += maxima[child];
            }
            sums[i] = applicable[i] ? Math.min(sum, max) : 0;
            maxima[i] = applicable[i] ? max : 0;
        } else if (!applicable[i]) {
            sums[i] = 0;
            maxima[i] = 0;
        }
    }
    let base = 0;
    let max = 0;
    for (const field of plan.fields) {
        base += sums[field];
        max += maxima[field];
    }
    const capped = (claims, caps) => (claims ?? []).reduce((total, claim) => total + Math.min(claim.points, caps.get(claim.key) ?? 0), 0);
    const total = base + capped(assessment.bonuses, plan.bonuses) - capped(assessment.penalties, plan.penalties);
    const index = max > 0 ? clamp((total / max) * 100, 0, 100) : undefined;
    const grade = index === undefined ? undefined : plan.grades.find((g) => (g.inclusive ? index >= g.min : index > g.min))?.name;
    return { total, index, grade, results, sums };
}
