import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeMax, scoringMethods, walkNodes } from '../../packages/language/src/ast/rubric-queries.js';
import { max, parseFixed, sum, toText, type Fixed } from '../../packages/language/src/decimal/fixed.js';
import { isChoice, type Rubric } from '../../packages/language/src/generated/ast.js';
import { RubricWorkspace, type LoadedDocument } from '../../packages/language/src/workspace/rubric-workspace.js';
import { examplesDir, fixturesDir, lineOf, rubricOf } from './example-files.js';

// Bảng I of a provincial police force's 2024 PAR rubric, as published: the two sub-criteria of 4.4 are
// numbered 4.5.1 and 4.5.2, which made the published scoring app show 96.5 of 100 to a unit that
// earned every point. The validator must name exactly that defect, and nothing else.
const publishedFile = path.join(fixturesDir, 'cong-an-2024-as-published.rubric');
const correctedFile = path.join(examplesDir, 'cong-an-2024', 'cong-an-2024.rubric');

let published: LoadedDocument;
let corrected: LoadedDocument;

beforeAll(async () => {
    [published] = await new RubricWorkspace('en').load([publishedFile]);
    [corrected] = await new RubricWorkspace('en').load([correctedFile]);
});

/** Every node as code, title, max and (for leaves) its outcomes: what a reader of the table sees. */
function table(rubric: Rubric): string[] {
    return [...walkNodes(rubric)].map(({ node }) => {
        const outcomes = scoringMethods(node)
            .filter(isChoice)
            .flatMap((choice) => choice.outcomes.map((o) => `${o.label} = ${o.points}`));
        return [node.code, node.title, node.properties.find((p) => p.keyword === 'max')?.max, ...outcomes].join(' | ');
    });
}

describe('Bảng I (Công an tỉnh, 2024) as published', () => {
    test('the only findings are the two misnumbered sub-criteria of 4.4', () => {
        const text = fs.readFileSync(publishedFile, 'utf8');
        const findings = published.diagnostics.map((d) => ({
            code: d.code,
            severity: d.severity,
            line: d.range.start.line + 1,
            message: d.message,
        }));
        expect(findings).toEqual([
            {
                code: 'code/parent',
                severity: 1,
                line: lineOf(text, 'item 4.5.1 '),
                message: expect.stringMatching(/\b4\.5\.1\b.*\b4\.4\b.*\b4\.4\.1\b/),
            },
            {
                code: 'code/parent',
                severity: 1,
                line: lineOf(text, 'item 4.5.2 '),
                message: expect.stringMatching(/\b4\.5\.2\b.*\b4\.4\b.*\b4\.4\.2\b/),
            },
        ]);
    });

    test('the finding points at the code itself', () => {
        const text = fs.readFileSync(publishedFile, 'utf8').split('\n');
        for (const d of published.diagnostics) {
            const line = text[d.range.start.line];
            expect(line.slice(d.range.start.character, d.range.end.character)).toMatch(/^4\.5\.[12]$/);
        }
    });
});

describe('Bảng I corrected (examples/cong-an-2024)', () => {
    test('checks clean', () => {
        expect(corrected.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`)).toEqual([]);
    });

    test('differs from the published table only in the codes 4.4.1 and 4.4.2', () => {
        const renumbered = table(rubricOf(published)).map((row) => row.replace(/^4\.5\.([12]) /, '4.4.$1 '));
        expect(table(rubricOf(corrected))).toEqual(renumbered);
    });

    test('7 fields, 27 criteria, 63 sub-criteria, every sub-criterion a choice, best outcomes adding up to 100', () => {
        const nodes = [...walkNodes(rubricOf(corrected))];
        expect([1, 2, 3].map((depth) => nodes.filter((n) => n.depth === depth).length)).toEqual([7, 27, 63]);
        const items = nodes.filter((n) => n.depth === 3).map((n) => n.node);
        expect(items.every((item) => scoringMethods(item).length === 1 && isChoice(scoringMethods(item)[0]))).toBe(true);
        const best = items.map((item) => {
            const [choice] = scoringMethods(item).filter(isChoice);
            return choice.outcomes.map((o) => parseFixed(o.points) as Fixed).reduce(max);
        });
        expect(toText(sum(best))).toBe('100');
        expect(items.map((item) => nodeMax(item))).toEqual(best);
    });
});
