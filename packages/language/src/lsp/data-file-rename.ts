import { TextDocument, UriUtils, type FileSystemProvider, type TextDocumentProvider, type URI } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { rubricFileUri } from './assessment/assessment-files.js';
import { renamedCode } from './code-rename.js';
import { parseDataTree, scalarSource, type DataMap, type DataTree } from './data-key-tree.js';

/** What a rename in a rubric changes: a metric's or an evidence's name, or a node's code (with its descendants'). */
export type DataRename = { readonly kind: 'metric' | 'evidence' | 'code'; readonly from: string; readonly to: string };

/** The rubrics renamed in: their ids, and their files (beside which their results and test files sit). */
export type RenamedRubrics = { readonly ids: ReadonlySet<string>; readonly files: readonly URI[] };

export type DataFileEdits = {
    /** Text edits by document URI, for the same workspace edit as the rubric's. */
    readonly changes: Record<string, TextEdit[]>;
    /** Files that may hold the old name but were left as they are: spreadsheets, and files that do not parse. */
    readonly notEdited: readonly URI[];
};

/**
 * Where a renamed thing is written in a data file: the path of keys down to it (`*` for any key or list
 * entry), and whether it is a key of the map there or the value there. Only these places are edited,
 * so a title or a note with the same text stays as it is.
 */
type Place = { readonly path: readonly string[]; readonly at: 'key' | 'value' };

const ASSESSMENT_PLACES: Record<DataRename['kind'], readonly Place[]> = {
    metric: [{ path: ['metrics'], at: 'key' }],
    evidence: [
        { path: ['items', '*', 'evidence', '*', 'ref'], at: 'value' },
        { path: ['items', '*', 'explanation', 'evidence', '*', 'ref'], at: 'value' },
    ],
    code: [
        { path: ['items'], at: 'key' },
        { path: ['survey'], at: 'key' },
        { path: ['notApplicable', '*'], at: 'value' },
    ],
};

/** A results file (`rubric score --format json`, read back by `--previous`) names codes only. */
const RESULTS_PLACES: Record<DataRename['kind'], readonly Place[]> = {
    metric: [],
    evidence: [],
    code: [
        ...['fields', 'items', 'notApplicable', 'deviations'].map((list): Place => ({ path: ['results', '*', list, '*', 'code'], at: 'value' })),
        { path: ['results', '*', 'pending', 'items', '*', 'code'], at: 'value' },
        { path: ['results', '*', 'selfSubtotals'], at: 'key' },
    ],
};

/** A test file's cases give answers as an assessment does, and expect scores and reasons by code. */
const TEST_PLACES: Record<DataRename['kind'], readonly Place[]> = {
    metric: inCases(ASSESSMENT_PLACES.metric),
    evidence: inCases(ASSESSMENT_PLACES.evidence),
    code: [...inCases(ASSESSMENT_PLACES.code), { path: ['cases', '*', 'expect', 'scores'], at: 'key' }, { path: ['cases', '*', 'expect', 'reasons'], at: 'key' }],
};

function inCases(places: readonly Place[]): Place[] {
    return places.map((place) => ({ ...place, path: ['cases', '*', ...place.path] }));
}

const TEST_FILE = /\.rubric-test\.ya?ml$/i;

/** Folders never searched besides hidden ones (.git, .vscode): installed packages. */
const SKIPPED_FOLDERS = new Set(['node_modules']);
/** A workspace bigger than this many files is searched only this far, so a rename never hangs. */
const MAX_FILES = 20_000;

export type DataFileServices = {
    readonly fileSystem: FileSystemProvider;
    /** The editor's open documents: their text, saved or not, is what the edits must fit. */
    readonly openDocuments: TextDocumentProvider | undefined;
};

/**
 * The edits a rename makes in the workspace's assessments (`rubric:` naming one of the renamed rubrics),
 * results files (beside or below a renamed rubric's file, for units those assessments are about) and
 * rubric test files (`x.rubric-test.yaml` beside `x.rubric`, or naming its id or path), and the files it
 * cannot safely edit.
 */
export async function dataFileEdits(services: DataFileServices, folders: readonly URI[], rubrics: RenamedRubrics, rename: DataRename): Promise<DataFileEdits> {
    const files = await dataFilesIn(services.fileSystem, folders);
    const rubricFolders = rubrics.files.map((file) => UriUtils.dirname(file));
    const changes: Record<string, TextEdit[]> = {};
    const notEdited: URI[] = [];
    const units = new Set<string>();
    const results: { uri: URI; document: TextDocument; tree: DataMap }[] = [];
    for (const uri of files) {
        if (uri.path.toLowerCase().endsWith('.xlsx')) {
            if (rubricFolders.some((folder) => UriUtils.contains(folder, uri))) notEdited.push(uri);
            continue;
        }
        const document = await openOrRead(services, uri);
        if (!document) continue;
        // a cheap look before parsing: a file naming neither the old text nor a renamed rubric is not one of them
        const text = document.getText();
        const namesRubric = [...rubrics.ids].some((id) => text.includes(id));
        if (!namesRubric && !text.includes(rename.from)) continue;
        const tree = parseDataTree(text, uri.path.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
        if (!tree) {
            if (namesRubric && text.includes(rename.from)) notEdited.push(uri);
            continue;
        }
        if (tree.kind !== 'map') continue;
        const rubric = scalarAt(tree, 'rubric');
        if (TEST_FILE.test(uri.path)) {
            if (testsRenamedRubric(uri, rubric, rubrics)) addEdits(changes, uri, document, tree, TEST_PLACES[rename.kind], rename);
        } else if (assessesRenamedRubric(uri, tree, rubrics)) {
            const unit = valueAt(tree, 'unit');
            const id = unit?.kind === 'map' ? scalarAt(unit, 'id') : undefined;
            if (id !== undefined) units.add(id);
            addEdits(changes, uri, document, tree, ASSESSMENT_PLACES[rename.kind], rename);
        } else if (valueAt(tree, 'results')?.kind === 'list' && rubricFolders.some((folder) => UriUtils.contains(folder, uri))) {
            results.push({ uri, document, tree });
        }
    }
    // a results file does not name its rubric: it belongs to this one when it is about this rubric's units
    for (const { uri, document, tree } of results) {
        if (resultUnits(tree).some((unit) => units.has(unit))) addEdits(changes, uri, document, tree, RESULTS_PLACES[rename.kind], rename);
    }
    return { changes, notEdited };
}

/**
 * An assessment of a renamed rubric: by its `rubricFile` when it names one (two folders may hold drafts
 * with the same id, and only the renamed file's assessments change), else by the id under `rubric:`.
 */
function assessesRenamedRubric(uri: URI, tree: DataMap, rubrics: RenamedRubrics): boolean {
    const rubricFile = scalarAt(tree, 'rubricFile');
    if (rubricFile !== undefined) {
        const named = rubricFileUri(uri, rubricFile);
        return rubrics.files.some((file) => UriUtils.equals(file, named));
    }
    const rubric = scalarAt(tree, 'rubric');
    return rubric !== undefined && rubrics.ids.has(rubric);
}

/** The rubric a test file tests: by id or path in `rubric:`, else the .rubric file of its name beside it. */
function testsRenamedRubric(uri: URI, rubric: string | undefined, rubrics: RenamedRubrics): boolean {
    const folder = UriUtils.dirname(uri);
    const tested =
        rubric === undefined
            ? UriUtils.joinPath(folder, UriUtils.basename(uri).replace(TEST_FILE, '.rubric'))
            : /\.rubric$/i.test(rubric)
              ? UriUtils.resolvePath(folder, rubric)
              : undefined;
    if (!tested) return rubric !== undefined && rubrics.ids.has(rubric);
    return rubrics.files.some((file) => UriUtils.equals(file, tested));
}

function addEdits(changes: Record<string, TextEdit[]>, uri: URI, document: TextDocument, tree: DataTree, places: readonly Place[], rename: DataRename): void {
    const edits: TextEdit[] = [];
    for (const place of places) {
        for (const scalar of scalarsAt(tree, place)) {
            const renamed = renamedText(scalar.text, rename);
            if (renamed === undefined) continue;
            const range = { start: document.positionAt(scalar.start), end: document.positionAt(scalar.end) };
            edits.push({ range, newText: scalarSource(scalar, renamed) });
        }
    }
    if (edits.length > 0) changes[uri.toString()] = edits;
}

function renamedText(text: string, rename: DataRename): string | undefined {
    if (rename.kind === 'code') return renamedCode(text, rename.from, rename.to);
    return text === rename.from ? rename.to : undefined;
}

function* scalarsAt(tree: DataTree | undefined, place: Place, depth = 0): Generator<Extract<DataTree, { kind: 'scalar' }>> {
    if (!tree) return;
    if (depth === place.path.length) {
        if (place.at === 'value' && tree.kind === 'scalar') yield tree;
        if (place.at === 'key' && tree.kind === 'map') yield* tree.entries.map((entry) => entry.key);
        return;
    }
    const step = place.path[depth];
    if (tree.kind === 'list' && step === '*') for (const item of tree.items) yield* scalarsAt(item, place, depth + 1);
    if (tree.kind === 'map') {
        for (const entry of tree.entries) if (step === '*' || entry.key.text === step) yield* scalarsAt(entry.value, place, depth + 1);
    }
}

function valueAt(map: DataMap, key: string): DataTree | undefined {
    return map.entries.find((entry) => entry.key.text === key)?.value;
}

function scalarAt(map: DataMap, key: string): string | undefined {
    const value = valueAt(map, key);
    return value?.kind === 'scalar' ? value.text : undefined;
}

function resultUnits(tree: DataMap): string[] {
    const results = valueAt(tree, 'results');
    if (results?.kind !== 'list') return [];
    return results.items.flatMap((entry) => {
        const unit = entry.kind === 'map' ? valueAt(entry, 'unit') : undefined;
        const id = unit?.kind === 'map' ? scalarAt(unit, 'id') : undefined;
        return id === undefined ? [] : [id];
    });
}

async function openOrRead(services: DataFileServices, uri: URI): Promise<TextDocument | undefined> {
    const open = services.openDocuments?.get(uri.toString());
    if (open) return open;
    try {
        return TextDocument.create(uri.toString(), '', 0, await services.fileSystem.readFile(uri));
    } catch {
        // gone or unreadable since the folder was listed: nothing to edit there
        return undefined;
    }
}

/** Every YAML, JSON and XLSX file in the folders, in a fixed order, skipping hidden and tool folders. */
async function dataFilesIn(fileSystem: FileSystemProvider, folders: readonly URI[]): Promise<URI[]> {
    const found: URI[] = [];
    const queue = [...folders];
    let visited = 0;
    while (queue.length > 0 && visited < MAX_FILES) {
        const folder = queue.shift()!;
        let entries;
        try {
            entries = await fileSystem.readDirectory(folder);
        } catch {
            continue;
        }
        for (const entry of [...entries].sort((a, b) => (a.uri.path < b.uri.path ? -1 : 1))) {
            visited++;
            const name = UriUtils.basename(entry.uri);
            if (name.startsWith('.')) continue;
            if (entry.isDirectory && !SKIPPED_FOLDERS.has(name)) queue.push(entry.uri);
            else if (entry.isFile && /\.(ya?ml|json|xlsx)$/i.test(name)) found.push(entry.uri);
        }
    }
    return found;
}
