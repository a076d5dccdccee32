// Deterministic, plausible assessments for a compiled rubric: every metric given by its type, a choice or
// an answer where the unit gives one, self scores, some appraisals, evidence mostly supplied (sometimes
// missing, sometimes explained), survey results, a few bonus and penalty claims. Used by the scoring
// benchmark and the robustness tests; the same (rubric, count, seed) always gives the same assessments.
import { random } from './generate-rubric.mjs';

/** Leaves of the compiled tree, depth first. */
export function compiledLeaves(compiled) {
    const leaves = [];
    const walk = (node) => (node.children?.length ? node.children.forEach(walk) : leaves.push(node));
    compiled.nodes.forEach(walk);
    return leaves;
}

/** A multiple of `step` in [0, max], computed in millionths so that it prints as the exact decimal. */
function pointsUpTo(max, step, rnd) {
    const unit = Math.round(step * 1e6);
    const steps = Math.floor(Math.round(max * 1e6) / unit);
    return (Math.floor(rnd() * (steps + 1)) * unit) / 1e6;
}

/** The step scores lie on: a judged item's own, else the rubric's (coarsened to 0.05 for readable figures). */
function scoreStep(leaf, compiled) {
    if (leaf.scoring.method === 'judged' && leaf.scoring.step) return leaf.scoring.step;
    const rubricStep = compiled.step ?? 0.01;
    return Math.round(0.05 * 1e6) % Math.round(rubricStep * 1e6) === 0 ? 0.05 : rubricStep;
}

function metricValue(metric, rnd) {
    switch (metric.type) {
        case 'percent':
            return Math.round(rnd() * 10_000) / 100;
        case 'ratio':
            return Math.round(rnd() * 1000) / 1000;
        case 'count':
            return Math.floor(rnd() * 7);
        case 'number':
            return Math.floor(rnd() * 21);
        case 'date': {
            const month = 1 + Math.floor(rnd() * 4);
            const day = 1 + Math.floor(rnd() * 28);
            return `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        }
        case 'yesno':
            return rnd() < 0.7;
        case 'oneOf':
            return metric.options[Math.floor(rnd() * metric.options.length)];
        default:
            return 0;
    }
}

export function generateAssessments(compiled, count, seed = 1) {
    const rnd = random(seed);
    const leaves = compiledLeaves(compiled);
    const assessments = [];
    for (let n = 0; n < count; n++) {
        const metrics = {};
        for (const metric of compiled.metrics) metrics[metric.name] = metricValue(metric, rnd);
        const items = {};
        const survey = {};
        for (const leaf of leaves) {
            const method = leaf.scoring.method;
            const step = scoreStep(leaf, compiled);
            if (method === 'survey') {
                survey[leaf.code] = pointsUpTo(leaf.max, step, rnd);
                continue;
            }
            const answer = {};
            if (method === 'choice') answer.choice = leaf.scoring.outcomes[Math.floor(rnd() * leaf.scoring.outcomes.length)].label;
            if (method === 'yesno' && !leaf.scoring.condition) answer.answer = rnd() < 0.7;
            if (rnd() < 0.8) answer.self = pointsUpTo(leaf.max, step, rnd);
            // the council appraises a choice item by one of its outcomes, anything else within max on the step
            const appraised = () => (method === 'choice' ? leaf.scoring.outcomes[Math.floor(rnd() * leaf.scoring.outcomes.length)].points : pointsUpTo(leaf.max, step, rnd));
            if (method === 'judged' || rnd() < 0.2) answer.appraisal1 = appraised();
            if (rnd() < 0.05) answer.appraisal2 = appraised();
            const evidence = [];
            let missing = false;
            for (const rule of leaf.evidence ?? []) {
                if (rnd() < 0.12) {
                    missing = true;
                    continue;
                }
                const declared = compiled.evidence?.find((e) => e.name === rule.evidence);
                for (let i = 0; i < (declared?.minCount ?? 1); i++) {
                    evidence.push({ title: rule.title, ref: rule.evidence, number: `${n + 1}/QĐ-UBND`, date: declared?.issuedBy ?? '2022-03-01' });
                }
            }
            if (evidence.length > 0) answer.evidence = evidence;
            if (missing && rnd() < 0.5) answer.explanation = { text: 'Đơn vị giải trình lý do chưa có tài liệu', accepted: rnd() < 0.5 };
            // a unit marking an item not applicable gives it no score (an answer there would be refused)
            items[leaf.code] = leaf.optional !== undefined && rnd() < 0.1 ? { notApplicable: true } : answer;
        }
        const assessment = {
            rubric: compiled.id,
            hash: compiled.hash,
            year: compiled.year,
            unit: { id: `U${String(n + 1).padStart(4, '0')}`, name: `Đơn vị ${n + 1}`, type: compiled.unitType },
            metrics,
            items,
        };
        if (Object.keys(survey).length > 0) assessment.survey = survey;
        const bonus = compiled.adjustments?.bonuses?.[0];
        if (bonus && rnd() < 0.2) assessment.bonuses = [{ key: bonus.key, points: pointsUpTo(bonus.max, 0.25, rnd) }];
        const penalty = compiled.adjustments?.penalties?.[0];
        if (penalty && rnd() < 0.1) assessment.penalties = [{ key: penalty.key, points: pointsUpTo(penalty.max, 0.25, rnd) }];
        assessments.push(assessment);
    }
    return assessments;
}
