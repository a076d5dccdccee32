import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { MessageConnection } from 'vscode-languageserver/node';
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { dataFileEdits } from '../../src/lsp/data-file-rename.js';
import { startInProcessServer } from './in-process-server.js';

/**
 * The real language server over JSON-RPC in a temporary workspace on disk: a rubric, its assessments
 * (YAML and JSON), a results file, another rubric's assessment, a spreadsheet and a broken YAML file.
 */
let client: MessageConnection;
let folder: string;
let diagnostics: Map<string, Diagnostic[]>;
const warnings: string[] = [];
let answer = 'Rename anyway';

const rubric = `rubric R "Thử" {
  total 100
  metric onTimeRate percent "onTimeRate: tỷ lệ hồ sơ đúng hạn"
  evidence yearReport "Báo cáo năm"
  field 1 "A" max 100 {
    criterion 1.1 "B" max 60 {
      item 1.1.1 "C" max 30 { bands onTimeRate { >= 95%: 30  else: 0 } requires yearReport }
      item 1.1.2 "D" max 30 optional { survey }
    }
    item 1.10 "E" max 40 { judged }
  }
}
`;

const yamlAssessment = `# onTimeRate and 1.1.1 in a comment stay
rubric: R
year: 2022
unit: { id: U1, name: onTimeRate, type: district }
metrics:
  onTimeRate: 96.5 # tỷ lệ
items:
  1.1.1:
    self: 30
    notes: "1.1.1 onTimeRate yearReport"
    evidence:
      - { title: yearReport, ref: yearReport }
  "1.10": { self: 10 }
survey:
  '1.1.2': 20
notApplicable: [1.1.2]
`;

const jsonAssessment = `{
  "rubric": "R",
  "year": 2022,
  "unit": { "id": "U2", "name": "1.1.1", "type": "district" },
  "metrics": { "onTimeRate": 90, "other": "onTimeRate" },
  "items": {
    "1.1.1": { "self": 0, "explanation": { "text": "yearReport", "evidence": [{ "title": "x", "ref": "yearReport" }] } }
  }
}
`;

const otherRubricAssessment = `rubric: S\nyear: 2022\nunit: { id: U1, name: A, type: district }\nmetrics:\n  onTimeRate: 50\n`;

const results = `{
  "results": [
    {
      "unit": { "id": "U1", "name": "A", "type": "district" },
      "total": 60,
      "fields": [{ "code": "1", "title": "1.1.1", "score": 60 }],
      "selfSubtotals": { "1": 60, "1.1": 50 },
      "items": [{ "code": "1.1.1", "title": "onTimeRate", "score": 30 }, { "code": "1.10", "title": "E", "score": 30 }],
      "problems": [{ "code": "1.1", "message": "1.1" }]
    }
  ]
}
`;

const rubricTest = `cases:
  - name: onTimeRate at 95 gives 1.1.1 its 30 points
    metrics: { onTimeRate: 95 }
    items:
      "1.1.1": { evidence: [{ title: yearReport, ref: yearReport }] }
    expect:
      scores: { 1.1.1: 30, "1.1": 30 }
      reasons: { "1.1.1": "onTimeRate" }
`;

/** Results of units no assessment of R is about: another rubric's, so never edited. */
const strangersResults = results.replace('"U1"', '"X9"');

/** An assessment of R that names none of the renamed things, and results of its unit that do. */
const quietAssessment = `rubric: R\nyear: 2022\nunit: { id: U3, name: C, type: district }\nmetrics: {}\n`;
const quietResults = results.replace('"U1"', '"U3"');

function write(name: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
}

/** Assessments that name their rubric's file: this one's (written the Windows way), and last year's draft's (same id). */
const byFileAssessment = yamlAssessment.replace('rubric: R\n', 'rubric: R\nrubricFile: ..\\r.rubric\n');
const draftAssessment = yamlAssessment.replace('rubric: R\n', 'rubric: R\nrubricFile: ../drafts/r.rubric\n');

const uriOf = (name: string) => URI.file(path.join(folder, name)).toString();

beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rename-data-'));
    write('r.rubric', rubric);
    write('assessments/u1.assessment.yaml', yamlAssessment);
    write('assessments/u2.json', jsonAssessment);
    write('assessments/u3.xlsx', 'not really a workbook');
    write('other/s.yaml', otherRubricAssessment);
    write('results-2021.json', results);
    write('r.rubric-test.yaml', rubricTest);
    write('other/s.rubric-test.yaml', rubricTest);
    write('strangers/results.json', strangersResults);
    write('assessments/u3.yaml', quietAssessment);
    write('later/results.json', quietResults);
    write('assessments/u4.yaml', byFileAssessment);
    write('drafts/u5.yaml', draftAssessment);
    write('assessments/broken.yaml', 'rubric: R\nmetrics:\n  onTimeRate: [\n');

    ({ client, diagnostics } = startInProcessServer());
    // the server asks before a rename that leaves files stale; the user's answer is `answer`
    client.onRequest('window/showMessageRequest', (p: { type: number; message: string; actions: { title: string }[] }) => {
        warnings.push(`${p.type} ${p.message} [${p.actions.map((a) => a.title).join(' | ')}]`);
        return p.actions.find((a) => a.title === answer) ?? null;
    });
    const workspaceFolders = [{ uri: URI.file(folder).toString(), name: 'ws' }];
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'en', workspaceFolders });
    client.sendNotification('initialized', {});
    client.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('r.rubric'), languageId: 'rubric', version: 1, text: rubric } });
    for (let i = 0; i < 200 && !diagnostics.has(uriOf('r.rubric')); i++) await new Promise((r) => setTimeout(r, 50));
});

afterEach(() => {
    warnings.length = 0;
    answer = 'Rename anyway';
});

afterAll(() => {
    client?.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
});

async function rename(anchor: string, shift: number, newName: string): Promise<WorkspaceEdit> {
    const position = TextDocument.create('', '', 0, rubric).positionAt(rubric.indexOf(anchor) + shift);
    return client.sendRequest('textDocument/rename', { textDocument: { uri: uriOf('r.rubric') }, position, newName });
}

/** The file's text after the edit's changes to it. */
function edited(edit: WorkspaceEdit, name: string, text: string): string {
    return TextDocument.applyEdits(TextDocument.create(uriOf(name), '', 0, text), edit.changes?.[uriOf(name)] ?? []);
}

describe('a rename in the rubric reaches its assessments, results and test files in the same edit', () => {
    test('a metric: the metrics key of each assessment of R, nothing else', async () => {
        const edit = await rename('onTimeRate percent', 2, 'onTimeShare');
        // u4 names r.rubric by its file; u5 names another file whose rubric has the same id
        const touched = [uriOf('assessments/u1.assessment.yaml'), uriOf('assessments/u2.json'), uriOf('assessments/u4.yaml'), uriOf('r.rubric'), uriOf('r.rubric-test.yaml')];
        expect(Object.keys(edit.changes ?? {}).sort()).toEqual(touched.sort());
        expect(edited(edit, 'r.rubric-test.yaml', rubricTest)).toBe(rubricTest.replace('{ onTimeRate: 95 }', '{ onTimeShare: 95 }'));
        expect(edited(edit, 'assessments/u1.assessment.yaml', yamlAssessment)).toBe(yamlAssessment.replace('  onTimeRate: 96.5', '  onTimeShare: 96.5'));
        expect(edited(edit, 'assessments/u2.json', jsonAssessment)).toBe(jsonAssessment.replace('{ "onTimeRate": 90', '{ "onTimeShare": 90'));
        expect(warnings).toEqual([
            `2 Renaming "onTimeRate" cannot edit these files (spreadsheets or files that do not parse); they will keep the old name and need editing by hand: assessments/broken.yaml, assessments/u3.xlsx. Rename anyway? [Rename anyway | Cancel]`,
        ]);
    });

    test('asked about the files it cannot edit, the user may cancel: then nothing is renamed anywhere', async () => {
        for (const given of ['Cancel', 'closed without an answer']) {
            answer = given;
            await expect(rename('onTimeRate percent', 2, 'onTimeShare')).rejects.toThrow('The rename of "onTimeRate" was cancelled.');
        }
        expect(warnings).toHaveLength(2);
    });

    test('a metric renamed where it is used renames the same keys', async () => {
        const edit = await rename('onTimeRate {', 3, 'onTimeShare');
        expect(edited(edit, 'assessments/u2.json', jsonAssessment)).toBe(jsonAssessment.replace('{ "onTimeRate": 90', '{ "onTimeShare": 90'));
    });

    test('an evidence: the refs of supplied documents, in items and in explanations, not titles or notes', async () => {
        const edit = await rename('yearReport "', 1, 'annualReport');
        expect(edited(edit, 'assessments/u1.assessment.yaml', yamlAssessment)).toBe(yamlAssessment.replace('ref: yearReport', 'ref: annualReport'));
        expect(edited(edit, 'assessments/u2.json', jsonAssessment)).toBe(jsonAssessment.replace('"ref": "yearReport"', '"ref": "annualReport"'));
        expect(edit.changes?.[uriOf('results-2021.json')]).toBeUndefined();
        expect(edited(edit, 'r.rubric-test.yaml', rubricTest)).toBe(rubricTest.replace('ref: yearReport', 'ref: annualReport'));
    });

    test('a code: item and survey keys, not-applicable codes and the results file’s codes, in each file’s quoting; 1.10 is not 1.1’s child', async () => {
        const edit = await rename('1.1 "B"', 1, '1.2');
        expect(edited(edit, 'assessments/u1.assessment.yaml', yamlAssessment)).toBe(
            yamlAssessment.replace('  1.1.1:\n', '  1.2.1:\n').replace(`'1.1.2': 20`, `'1.2.2': 20`).replace('[1.1.2]', '[1.2.2]'),
        );
        expect(edited(edit, 'assessments/u2.json', jsonAssessment)).toBe(jsonAssessment.replace('"1.1.1": { "self"', '"1.2.1": { "self"'));
        expect(edited(edit, 'results-2021.json', results)).toBe(results.replace('"1.1": 50', '"1.2": 50').replace('"code": "1.1.1"', '"code": "1.2.1"'));
        expect(edited(edit, 'later/results.json', quietResults)).toBe(quietResults.replace('"1.1": 50', '"1.2": 50').replace('"code": "1.1.1"', '"code": "1.2.1"'));
        expect(edit.changes?.[uriOf('strangers/results.json')]).toBeUndefined();
        expect(edit.changes?.[uriOf('other/s.yaml')]).toBeUndefined();
        expect(edited(edit, 'r.rubric-test.yaml', rubricTest)).toBe(
            rubricTest.replace('"1.1.1": { evidence', '"1.2.1": { evidence').replace('{ 1.1.1: 30, "1.1": 30 }', '{ 1.2.1: 30, "1.2": 30 }').replace('{ "1.1.1": "onTimeRate" }', '{ "1.2.1": "onTimeRate" }'),
        );
        expect(edit.changes?.[uriOf('other/s.rubric-test.yaml')]).toBeUndefined();
    });
});

describe('the files as the editor has them', () => {
    test('an unsaved assessment open in the editor is edited as the editor has it, not as saved', async () => {
        const open = yamlAssessment.replace('rubric: R', '# a line added, not yet saved\nrubric: R');
        const uri = uriOf('assessments/u1.assessment.yaml');
        const openDocuments = { get: (asked: string | URI) => (asked.toString() === uri ? TextDocument.create(uri, 'yaml', 2, open) : undefined) };
        const rubrics = { ids: new Set(['R']), files: [URI.file(path.join(folder, 'r.rubric'))] };
        const data = await dataFileEdits({ fileSystem: NodeFileSystem.fileSystemProvider(), openDocuments }, [URI.file(folder)], rubrics, { kind: 'metric', from: 'onTimeRate', to: 'onTimeShare' });
        expect(TextDocument.applyEdits(TextDocument.create(uri, '', 0, open), data.changes[uri])).toBe(open.replace('  onTimeRate: 96.5', '  onTimeShare: 96.5'));
        expect(data.notEdited.map((file) => path.relative(folder, file.fsPath))).toEqual([path.join('assessments', 'broken.yaml'), path.join('assessments', 'u3.xlsx')]);
    });
});

describe('in an editor that takes change annotations (VS Code)', () => {
    let annotating: MessageConnection;

    beforeAll(async () => {
        ({ client: annotating } = startInProcessServer());
        const workspaceEdit = { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } };
        const workspaceFolders = [{ uri: URI.file(folder).toString(), name: 'ws' }];
        await annotating.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { workspaceEdit } }, locale: 'vi', workspaceFolders });
        annotating.sendNotification('initialized', {});
        annotating.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('r.rubric'), languageId: 'rubric', version: 7, text: rubric } });
    });

    afterAll(() => annotating?.dispose());

    test('versioned edits, the data files’ grouped under one label for the refactor preview; the stale files asked about in Vietnamese', async () => {
        const asked: string[] = [];
        annotating.onRequest('window/showMessageRequest', (p: { message: string; actions: { title: string }[] }) => {
            asked.push(p.message);
            return p.actions[0];
        });
        const position = TextDocument.create('', '', 0, rubric).positionAt(rubric.indexOf('onTimeRate percent') + 2);
        let edit: WorkspaceEdit | null = null;
        for (let i = 0; i < 100 && !edit?.documentChanges; i++) {
            edit = await annotating.sendRequest<WorkspaceEdit | null>('textDocument/rename', { textDocument: { uri: uriOf('r.rubric') }, position, newName: 'onTimeShare' });
            if (!edit?.documentChanges) await new Promise((r) => setTimeout(r, 50));
        }
        expect(edit?.changes).toBeUndefined();
        const byFile = new Map((edit?.documentChanges ?? []).map((change) => {
            const { textDocument, edits } = change as { textDocument: { uri: string; version: number | null }; edits: { annotationId?: string }[] };
            return [path.relative(folder, URI.parse(textDocument.uri).fsPath), { version: textDocument.version, annotations: [...new Set(edits.map((e) => e.annotationId))] }];
        }));
        const data = 'par-rubric.data-files';
        expect(Object.fromEntries(byFile)).toEqual({
            // open in the editor at version 7: the edit applies only to that text
            'r.rubric': { version: 7, annotations: [undefined] },
            [path.join('assessments', 'u1.assessment.yaml')]: { version: null, annotations: [data] },
            [path.join('assessments', 'u2.json')]: { version: null, annotations: [data] },
            [path.join('assessments', 'u4.yaml')]: { version: null, annotations: [data] },
            'r.rubric-test.yaml': { version: null, annotations: [data] },
        });
        expect(edit?.changeAnnotations).toEqual({ [data]: { label: 'Tệp đánh giá, kết quả và kiểm thử của R (4 tệp)', needsConfirmation: false } });
        expect(asked[0]).toMatch(/^Đổi tên "onTimeRate" sẽ không sửa được các tệp sau .*: assessments\/broken.yaml, assessments\/u3.xlsx. Vẫn đổi tên\?$/);
    });
});
