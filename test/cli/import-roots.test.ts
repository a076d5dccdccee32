import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli as runInProcess } from './run-cli.js';

const SHARED = `metric rate percent "Tỷ lệ hồ sơ đúng hạn"\n`;
const RUBRIC = `import "../shared/common.rubric"

rubric R "Bộ chỉ số thử" {
  unitType district
  year 2022
  total 2
  field 1 "Thủ tục hành chính" max 2 {
    item 1.1 "Giải quyết đúng hạn" max 2 { bands rate { > 90%: 2  >= 70%: 1  else: 0 } }
  }
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}
`;

let folder: string;
let rubric: string;
beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-roots-'));
    fs.mkdirSync(path.join(folder, 'shared'));
    fs.mkdirSync(path.join(folder, 'p1'));
    // p1 is a project of its own: by default its imports may not leave it
    fs.writeFileSync(path.join(folder, 'p1', '.rubric-root'), '');
    fs.writeFileSync(path.join(folder, 'shared', 'common.rubric'), SHARED);
    rubric = path.join(folder, 'p1', 'r.rubric');
    fs.writeFileSync(rubric, RUBRIC);
    fs.writeFileSync(path.join(folder, 'p1', 'unit.yaml'), 'rubric: R\nyear: 2022\nunit: { id: U1, name: "Đơn vị 1", type: district }\nmetrics: { rate: 95 }\n');
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('--root: one option on every verb that loads a rubric', () => {
    test('without it, an import outside the project is refused', async () => {
        const run = await runInProcess(['check', rubric]);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('import/');
    });

    test.each([
        ['check', () => ['check', rubric]],
        ['compile', () => ['compile', rubric]],
        ['template', () => ['template', rubric, '--format', 'json']],
        ['export', () => ['export', rubric, '--format', 'md']],
        ['score', () => ['score', '--rubric', rubric, path.join(folder, 'p1', 'unit.yaml'), '--format', 'json']],
    ])('%s accepts the import that --root allows', async (_verb, args) => {
        const run = await runInProcess([...args(), '--root', folder]);
        // the hand-written unit carries no rubric hash: scoring says so, and nothing else
        expect(run.stderr.replace(/^.*: hash: warning: .*\n/m, '')).toBe('');
        expect(run.status).toBe(0);
    });
});
