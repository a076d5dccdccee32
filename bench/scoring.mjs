// Scoring throughput: the engine (exact decimals) against the float baseline on the same parsed
// assessments of the district rubric, and how many totals the floats get wrong.
import { compileDocument } from '@par-rubric/language';
import { parseAssessment, prepareRubric, scoreAssessment } from '@par-rubric/language/scoring';
import { RubricWorkspace } from '@par-rubric/language/workspace';
import * as path from 'node:path';
import { prepareFloat, scoreFloat } from './float-scorer.mjs';
import { compiledLeaves, generateAssessments } from './generate-assessments.mjs';
import { median, now } from './stats.mjs';

/** Scores assessments, cycling through the pool, for about `ms` milliseconds; returns assessments per second. */
function rate(score, pool, ms) {
    const started = now();
    let count = 0;
    let elapsed = 0;
    while (elapsed < ms) {
        // read the clock every 64 assessments: the clock must not be what is measured
        for (let i = 0; i < 64; i++, count++) {
            if (!score(pool[count % pool.length])) throw new Error('a scorer returned nothing');
        }
        elapsed = now() - started;
    }
    return count / (elapsed / 1000);
}

/** A total rounded half up to a multiple of `step` (in millionths, exact for the engine's figures). */
const roundExact = (millionths, step) => Math.round(millionths / (step * 1e6)) * step;
const roundFloat = (value, step) => Math.round(value / step) * step;

export async function benchmarkScoring({ district, quick }) {
    const workspace = new RubricWorkspace('en');
    const loaded = await workspace.load(district.files, [path.dirname(path.dirname(district.file))]);
    const errors = loaded.flatMap((doc) => doc.diagnostics.filter((d) => d.severity === 1));
    if (errors.length > 0) return { skipped: `the district rubric has ${errors.length} error(s)` };
    const compiled = compileDocument(loaded[0].document, workspace.services.shared.workspace.LangiumDocuments);
    const plan = prepareRubric(compiled);
    const floatPlan = prepareFloat(compiled);
    const poolSize = quick ? 500 : 2_000;
    // through JSON text, as assessments arrive from files: no string is shared with the compiled rubric
    const pool = generateAssessments(compiled, poolSize, 2022).map((raw, i) => {
        const parsed = parseAssessment(JSON.parse(JSON.stringify(raw)));
        if (!parsed.ok) throw new Error(`generated assessment ${i} does not parse: ${JSON.stringify(parsed.problems[0])}`);
        return parsed.assessment;
    });

    // what the floats get wrong, assessment by assessment
    let differRaw = 0;
    let differ001 = 0;
    let differ005 = 0;
    let differGrade = 0;
    for (const assessment of pool) {
        const exact = scoreAssessment(plan, assessment);
        const float = scoreFloat(floatPlan, assessment);
        if (float.total !== exact.total / 1e6) differRaw++;
        if (roundFloat(float.total, 0.01).toFixed(2) !== roundExact(exact.total, 0.01).toFixed(2)) differ001++;
        if (roundFloat(float.total, 0.05).toFixed(2) !== roundExact(exact.total, 0.05).toFixed(2)) differ005++;
        if (float.grade !== exact.grade) differGrade++;
    }

    const ms = quick ? 500 : 1_500;
    const exactScore = (a) => scoreAssessment(plan, a);
    const floatScore = (a) => scoreFloat(floatPlan, a);
    rate(exactScore, pool, ms); // warm-up: let both settle in the JIT before timing
    rate(floatScore, pool, ms);
    const exactRates = [];
    const floatRates = [];
    for (let round = 0; round < (quick ? 3 : 5); round++) {
        exactRates.push(rate(exactScore, pool, ms));
        floatRates.push(rate(floatScore, pool, ms));
    }
    return {
        items: compiledLeaves(compiled).length,
        count: pool.length,
        exactPerSecond: median(exactRates),
        floatPerSecond: median(floatRates),
        differRaw,
        differ001,
        differ005,
        differGrade,
    };
}
