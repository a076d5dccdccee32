// Scoring throughput: the engine's exact arithmetic against a plain-float scorer on the same data.
// Until the scoring engine (prepareRubric / scoreAssessment) exists, reports itself skipped.
export async function benchmarkScoring() {
    let engine;
    try {
        engine = await import('@par-rubric/language/scoring');
    } catch (error) {
        return { skipped: `the scoring engine does not load (${error.message})` };
    }
    if (typeof engine.prepareRubric !== 'function' || typeof engine.scoreAssessment !== 'function') {
        return { skipped: 'the scoring engine has no prepareRubric/scoreAssessment yet' };
    }
    return { skipped: 'not measured yet' };
}
