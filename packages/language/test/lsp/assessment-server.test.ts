import type { MessageConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'langium';
import type { CodeAction, CompletionList, Diagnostic, Hover, Location } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveAssessments } from '../../src/lsp/assessment/serve-assessments.js';
import { startInProcessServer } from './in-process-server.js';
import { sketch } from './lsp-fixtures.js';

/** A client and the real language server over JSON-RPC, with a rubric and assessments of it open. */
let client: MessageConnection;
let diagnostics: Map<string, Diagnostic[]>;
const rubricUri = 'file:///workspace/thu.rubric';
const yamlUri = 'file:///workspace/assessments/don-vi-a.yaml';
const jsonUri = 'file:///workspace/don-vi-b.assessment.json';

const yamlText = `rubric: R
year: 2022
unit:
  id: A
  name: UBND huyện A
  type: district
metrics:
  planDone: rất cao
  lateDocs: 2
items:
  1.1.1:
    choice: Ban hành muộn
`;

async function open(uri: string, languageId: string, text: string, version = 1): Promise<Diagnostic[]> {
    diagnostics.delete(uri);
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    for (let i = 0; i < 200 && !diagnostics.has(uri); i++) await new Promise((r) => setTimeout(r, 25));
    return diagnostics.get(uri) ?? [];
}

beforeAll(async () => {
    ({ client, diagnostics } = startInProcessServer((shared, Rubric) => void serveAssessments(shared, Rubric)));
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'vi' });
    client.sendNotification('initialized', {});
    await open(rubricUri, 'rubric', sketch);
});

afterAll(() => client?.dispose());

const jsonText = `{
  "rubric": "R",
  "hash": "sha256:0",
  "year": 2022,
  "unit": { "id": "B", "name": "UBND huyện B", "type": "district" },
  "items": {
    "1.1.1": { "choice": "" },
    "1.2.1": { "self": "nhiều" }
  }
}
`;

/** Where `anchor` (offset by `shift`) stands in the text, as an LSP position. */
function at(text: string, anchor: string, shift = 0): { line: number; character: number } {
    const offset = text.indexOf(anchor) + shift;
    const before = text.slice(0, offset);
    return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

async function labels(uri: string, text: string, anchor: string, shift = 0): Promise<string[]> {
    const list: CompletionList = await client.sendRequest('textDocument/completion', { textDocument: { uri }, position: at(text, anchor, shift) });
    return list.items.map((i) => i.label);
}

describe('assessments in the language server', () => {
    test('a YAML assessment gets each problem rubric score finds, with its code, at its line and column', async () => {
        const found = await open(yamlUri, 'yaml', yamlText);
        const shown = found.map((d) => [d.severity, d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.character + 1]);
        expect(shown).toEqual([
            [1, 'assessment/metric-type', 8, 13, 20],
            [1, 'assessment/missing-answer', 8, 13, 20],
            [1, 'assessment/unknown-outcome', 12, 13, 26],
            // scored, but said: the file does not name the rubric's version
            [2, 'assessment/hash-missing', 1, 1, 7],
        ]);
        expect(found[2].message).toBe(
            'items["1.1.1"].choice: "Ban hành muộn" không phải phương án của tiêu chí này (1: "Ban hành kịp thời", 2: "Ban hành không kịp thời", 3: "Không ban hành")',
        );
    });

    test('a JSON assessment: a wrong type is one problem at its value, and the rest is still checked', async () => {
        const found = await open(jsonUri, 'json', jsonText);
        const wrongType = found.find((d) => d.range.start.line === 7);
        expect(wrongType?.message).toBe('items["1.2.1"].self: Sai kiểu: cần số');
        expect(wrongType?.range.start.character).toBe(jsonText.split('\n')[7].indexOf('"nhiều"'));
        expect(found.some((d) => d.range.start.line === 6 && d.code === 'assessment/unknown-outcome')).toBe(true);
    });

    test('a syntax error is one problem at its place, in the words rubric score uses', async () => {
        const broken = yamlText.replace('  lateDocs: 2\n', '  lateDocs: [2\n');
        const found = await open('file:///workspace/assessments/hong.yaml', 'yaml', broken);
        expect(found).toHaveLength(1);
        expect(found[0].message).toMatch(/^YAML không hợp lệ: /);
        expect(found[0].range.start.line).toBeGreaterThanOrEqual(8);
    });

    test('an assessment of a rubric the workspace does not have says so at its rubric line', async () => {
        const found = await open('file:///workspace/assessments/khac.yaml', 'yaml', yamlText.replace('rubric: R', 'rubric: KHAC'));
        const missing = found.find((d) => String(d.message).includes('KHAC'));
        expect(missing?.range.start.line).toBe(0);
        expect(missing?.message).toBe('rubric: Không tìm thấy bộ chỉ số "KHAC" trong thư mục làm việc; hãy mở tệp .rubric của nó.');
    });

    test('completion offers the rubric’s metric names, item codes and a choice item’s outcome labels', async () => {
        expect(await labels(yamlUri, yamlText, 'choice: ', 8)).toEqual(['Ban hành kịp thời', 'Ban hành không kịp thời', 'Không ban hành']);
        expect(await labels(yamlUri, yamlText, '  lateDocs', 2)).toEqual(['planDone', 'lateDocs']);
        expect(await labels(yamlUri, yamlText, '  1.1.1:', 2)).toEqual(['1.1.1', '1.1.2', '1.2.1', '2.1']);
        expect(await labels(jsonUri, jsonText, '"choice": ""', 11)).toEqual(['Ban hành kịp thời', 'Ban hành không kịp thời', 'Không ban hành']);
        expect(await labels(yamlUri, yamlText, 'rubric: R', 9)).toEqual(['R']);
        // the item's own keys are not the rubric's to offer
        expect(await labels(yamlUri, yamlText, '    choice', 5)).toEqual([]);
    });

    test('a completed label replaces what is typed, quoted as the format needs', async () => {
        const list: CompletionList = await client.sendRequest('textDocument/completion', { textDocument: { uri: jsonUri }, position: at(jsonText, '"choice": ""', 11) });
        const edit = list.items[0].textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
        expect(edit.newText).toBe('"Ban hành kịp thời"');
        const line = jsonText.split('\n')[6];
        expect([edit.range.start.character, edit.range.end.character]).toEqual([line.indexOf('""'), line.indexOf('""') + 2]);
    });

    test('hover on an item key shows the item’s title, points and rule; go to definition opens its rubric line', async () => {
        const hover: Hover = await client.sendRequest('textDocument/hover', { textDocument: { uri: yamlUri }, position: at(yamlText, '1.1.1:', 1) });
        const value = (hover.contents as { value: string }).value;
        expect(value).toContain('Ban hành kế hoạch CCHC năm');
        expect(value).toContain('1 điểm');
        expect(value).toContain('Ban hành không kịp thời');
        const definition: Location = await client.sendRequest('textDocument/definition', { textDocument: { uri: yamlUri }, position: at(yamlText, '1.1.1:', 1) });
        expect(definition.uri).toBe(rubricUri);
        expect(definition.range.start).toEqual(at(sketch, 'item 1.1.1', 5));
        const metric: Location = await client.sendRequest('textDocument/definition', { textDocument: { uri: yamlUri }, position: at(yamlText, 'planDone', 2) });
        expect(metric.range.start).toEqual(at(sketch, 'metric planDone', 7));
    });

    test('last year’s results file gets the problems rubric score --previous finds, at their place', async () => {
        const results = '{\n  "results": [\n    { "unit": { "id": "A" }, "total": "nhiều", "rank": 1 }\n  ]\n}\n';
        const found = await open('file:///workspace/results-2021.json', 'json', results);
        expect(found.map((d) => d.range.start.line)).toEqual([2]);
        expect(found[0].message).toMatch(/^results\[0\]\.total: không phải kết quả chấm điểm hợp lệ \(đầu ra của rubric score --format json\): /);
        expect(await open('file:///workspace/results-2020.json', 'json', results.replace('"nhiều"', '70.5'))).toEqual([]);
    });

    test('an edit of the rubric re-checks the open assessments against the rubric as it now stands', async () => {
        const before = await open(yamlUri, 'yaml', yamlText);
        expect(before.some((d) => d.code === 'assessment/unknown-outcome')).toBe(true);
        diagnostics.delete(yamlUri);
        const edited = sketch.replace('"Ban hành không kịp thời"', '"Ban hành muộn"');
        client.sendNotification('textDocument/didChange', { textDocument: { uri: rubricUri, version: 2 }, contentChanges: [{ text: edited }] });
        for (let i = 0; i < 200 && !diagnostics.has(yamlUri); i++) await new Promise((r) => setTimeout(r, 25));
        expect(diagnostics.get(yamlUri)?.map((d) => d.code)).toEqual(['assessment/metric-type', 'assessment/missing-answer', 'assessment/hash-missing']);
        client.sendNotification('textDocument/didChange', { textDocument: { uri: rubricUri, version: 3 }, contentChanges: [{ text: sketch }] });
    });

    test('the rubric keeps its own features: a rubric hover still comes from the rubric server', async () => {
        const hover: Hover = await client.sendRequest('textDocument/hover', { textDocument: { uri: rubricUri }, position: at(sketch, 'field 1', 1) });
        expect((hover.contents as { value: string }).value).toMatch(/^\*\*Lĩnh vực 1\*\*/);
    });
});

describe('an assessment that names its rubric file', () => {
    /** Last year's draft: the same id R, in another folder, where 1.1.1's late outcome is "Ban hành muộn". */
    const draftUri = 'file:///workspace/nam-truoc/thu.rubric';
    const draft = sketch.replace('"Ban hành không kịp thời"', '"Ban hành muộn"');
    const withFile = (rubricFile: string, id = 'R') => yamlText.replace('rubric: R\n', `rubric: ${id}\nrubricFile: ${rubricFile}\n`);
    const uri = 'file:///workspace/assessments/don-vi-c.yaml';

    beforeAll(async () => {
        await open(draftUri, 'rubric', draft);
    });

    test('is checked against that file, not the first rubric with its id (also with Windows backslashes)', async () => {
        // against thu.rubric, "Ban hành muộn" is not an outcome of 1.1.1; against the draft it is
        for (const rubricFile of ['../nam-truoc/thu.rubric', '..\\nam-truoc\\thu.rubric', '"..\\\\nam-truoc\\\\thu.rubric"']) {
            const found = await open(uri, 'yaml', withFile(rubricFile));
            expect(found.map((d) => d.code), rubricFile).toEqual(['assessment/metric-type', 'assessment/missing-answer', 'assessment/hash-missing']);
        }
        const byId = await open(uri, 'yaml', yamlText);
        expect(byId.some((d) => d.code === 'assessment/unknown-outcome')).toBe(true);
    });

    test('a path that leads nowhere, or to a file without the rubric named, is a problem at the rubricFile line', async () => {
        const missing = await open(uri, 'yaml', withFile('../khong-co.rubric'));
        expect(missing.map((d) => [d.code, d.range.start.line, d.message])).toEqual([
            ['assessment/rubric-file', 1, 'rubricFile: Không có tệp bộ chỉ số "../khong-co.rubric" (đường dẫn tính từ thư mục của tệp này).'],
        ]);
        const other = await open(uri, 'yaml', withFile('../thu.rubric', 'KHAC'));
        expect(other.map((d) => [d.code, d.range.start.line, d.message])).toEqual([
            ['assessment/rubric-file', 1, 'rubricFile: "../thu.rubric" không chứa bộ chỉ số "KHAC" mà tệp này ghi ở rubric (trong đó có: R).'],
        ]);
    });

    test('completion offers the rubric files as paths from the assessment; hover and definition follow the file named', async () => {
        const text = withFile('../nam-truoc/thu.rubric');
        await open(uri, 'yaml', text);
        expect((await labels(uri, text, 'rubricFile: ', 12)).sort()).toEqual(['../nam-truoc/thu.rubric', '../thu.rubric']);
        expect(await labels(uri, text, 'choice: ', 8)).toEqual(['Ban hành kịp thời', 'Ban hành muộn', 'Không ban hành']);
        const definition: Location = await client.sendRequest('textDocument/definition', { textDocument: { uri }, position: at(text, '1.1.1:', 1) });
        expect(definition.uri).toBe(draftUri);
    });
});

describe('quick fixes for the hash', () => {
    /** Answers that fit the rubric: only the hash is worth a word. */
    const fitting = yamlText.replace('planDone: rất cao', 'planDone: 95').replace('choice: Ban hành muộn', 'choice: Ban hành kịp thời');

    async function fixes(uri: string, text: string, found: Diagnostic[]): Promise<{ title: string; text: string }[]> {
        const actions: CodeAction[] = await client.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: found[0].range,
            context: { diagnostics: found },
        });
        return actions.map((action) => ({ title: action.title, text: TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), action.edit?.changes?.[uri] ?? []) }));
    }

    test('an assessment without a hash gets one added under its rubric line; then nothing is said', async () => {
        const uri = 'file:///workspace/assessments/khong-hash.yaml';
        const found = await open(uri, 'yaml', fitting);
        expect(found.map((d) => d.code)).toEqual(['assessment/hash-missing']);
        const [fix, ...more] = await fixes(uri, fitting, found);
        expect(more).toEqual([]);
        expect(fix.title).toBe('Thêm mã kiểm tra (hash) của bộ chỉ số');
        expect(fix.text).toMatch(/^rubric: R\nhash: sha256:[0-9a-f]{64}\nyear: 2022\n/);
        expect(await open(uri, 'yaml', fix.text, 2)).toEqual([]);
    });

    test('a hash of an earlier version, where the answers still fit, is replaced by the current one, in the file’s quoting', async () => {
        for (const [uri, text] of [
            ['file:///workspace/assessments/hash-cu.yaml', fitting.replace('rubric: R\n', 'rubric: R\nhash: sha256:0\n')],
            ['file:///workspace/cu.assessment.json', JSON.stringify({ rubric: 'R', hash: 'sha256:0', year: 2022, unit: { id: 'C', name: 'C', type: 'district' }, metrics: { planDone: 95, lateDocs: 2 }, items: { '1.1.1': { choice: 'Ban hành kịp thời' } } }, null, 2)],
        ]) {
            const found = await open(uri, uri.endsWith('.json') ? 'json' : 'yaml', text);
            expect(found.map((d) => d.code), uri).toEqual(['assessment/revised-rubric']);
            const [fix] = await fixes(uri, text, found);
            expect(fix.title).toBe('Ghi mã kiểm tra (hash) của phiên bản hiện tại của bộ chỉ số (các câu trả lời vẫn khớp)');
            expect(fix.text).toMatch(uri.endsWith('.json') ? /"hash": "sha256:[0-9a-f]{64}",/ : /\nhash: sha256:[0-9a-f]{64}\n/);
            expect(await open(uri, uri.endsWith('.json') ? 'json' : 'yaml', fix.text, 2)).toEqual([]);
        }
    });

    test('where the answers no longer fit the rubric, no fix hides it', async () => {
        const uri = 'file:///workspace/assessments/hash-sai.yaml';
        const text = yamlText.replace('rubric: R\n', 'rubric: R\nhash: sha256:0\n');
        const found = await open(uri, 'yaml', text);
        expect(found[0].code).toBe('assessment/hash');
        expect(await fixes(uri, text, found)).toEqual([]);
    });
});
