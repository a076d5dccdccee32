import type { UnitJson } from '@par-rubric/language/scoring';
import type { ScoreStream, TextSink } from '../../contracts/score-report.js';
import { collectAcrossUnits } from './across-units.js';

/**
 * The results contract: the scoring engine's results, two-space indented, then the files that were not
 * scored (each with its reasons: where, JSON path, message), then `acrossUnits`: each unit's score per
 * field as a percentage of the field's maximum (and, with `--previous`, its change there on last year),
 * and the criteria where units lose the most points. Figures are JSON numbers holding exact decimals
 * (73.34), never formatted for a language; next year's `--previous`. Streamed unit by unit, byte for
 * byte what JSON.stringify of the whole object gives.
 */
export default {
    async stream(report: ScoreStream, out: TextSink): Promise<void> {
        await out.write('{\n  "results": [');
        let first = true;
        const across = collectAcrossUnits(report.rubric, report.previous);
        for await (const unit of report.units()) {
            await out.write((first ? '\n' : ',\n') + indented(unit));
            across.add(unit);
            first = false;
        }
        await out.write(first ? '],\n' : '\n  ],\n');
        await out.write(`  "summary": ${JSON.stringify(report.summary, null, 2).replace(/\n/g, '\n  ')},\n`);
        await out.write(`  "notScored": ${JSON.stringify(report.notScored, null, 2).replace(/\n/g, '\n  ')},\n`);
        await out.write(`  "acrossUnits": ${JSON.stringify(across.result(), null, 2).replace(/\n/g, '\n  ')}\n}\n`);
    },
};

/** Around a unit, the two levels of nesting that put it at the depth of an element of `results`. */
const OPENING = '[\n  [\n';
const CLOSING = '\n  ]\n]';

/**
 * A unit at the depth of an element of `results` (four spaces in): JSON.stringify indents it there itself
 * when it is nested two levels deep, which is cheaper than indenting every line of it afterwards.
 */
function indented(unit: UnitJson): string {
    const nested = JSON.stringify([[unit]], null, 2);
    return nested.slice(OPENING.length, nested.length - CLOSING.length);
}

