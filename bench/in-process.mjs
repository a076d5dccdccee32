#!/usr/bin/env node
// Parse + link + validate in a warm process: the language services are created once, then the same
// documents are built `runs` times after `warmup` unmeasured builds (so the JIT has settled). Run as a
// child of bench/run.mjs so that its memory figures are its own. Prints one JSON line:
//   node bench/in-process.mjs --runs 7 --warmup 3 FILE [FILE…]   (the first file is the one measured;
//   the others are its imports, laid out at the same relative paths)
import { createRubricServices } from '@par-rubric/language';
import { AstUtils, DocumentState, EmptyFileSystem, URI } from 'langium';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { median, now } from './stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(name);
    if (at < 0) return fallback;
    const value = Number(args[at + 1]);
    args.splice(at, 2);
    return value;
};
const runs = option('--runs', 7);
const warmup = option('--warmup', 3);
const files = args.map((file) => path.resolve(file));
const base = path.dirname(files[0]);
const texts = files.map((file) => fs.readFileSync(file, 'utf8'));

const { shared } = createRubricServices(EmptyFileSystem);
const builder = shared.workspace.DocumentBuilder;
const factory = shared.workspace.LangiumDocumentFactory;
const documents = shared.workspace.LangiumDocuments;

let marks = {};
builder.onBuildPhase(DocumentState.ComputedScopes, () => (marks.scoped = now()));
builder.onBuildPhase(DocumentState.Linked, () => (marks.linked = now()));
builder.onBuildPhase(DocumentState.IndexedReferences, () => (marks.indexed = now()));
builder.onBuildPhase(DocumentState.Validated, () => (marks.validated = now()));

async function buildOnce(iteration) {
    // a fresh folder per build: nothing cached from the previous one can be reused
    const folder = `/bench-${iteration}`;
    marks = {};
    const started = now();
    const built = files.map((file, i) => factory.fromString(texts[i], URI.file(path.join(folder, path.relative(base, file)))));
    const parsed = now();
    for (const document of built) documents.addDocument(document);
    await builder.build(built, { validation: true });
    const done = now();
    const figures = {
        total: done - started,
        parse: parsed - started,
        indexAndScopes: marks.scoped - parsed,
        link: marks.linked - marks.scoped,
        validate: marks.validated - marks.indexed,
        diagnostics: built[0].diagnostics?.length ?? 0,
        errors: built[0].diagnostics?.filter((d) => d.severity === 1).length ?? 0,
        references: AstUtils.streamAst(built[0].parseResult.value).flatMap((node) => AstUtils.streamReferences(node)).count(),
    };
    await builder.update([], built.map((document) => document.uri));
    return figures;
}

for (let i = 0; i < warmup; i++) await buildOnce(`w${i}`);
const measured = [];
for (let i = 0; i < runs; i++) measured.push(await buildOnce(i));
const pick = (key) => median(measured.map((m) => m[key]));
const lines = texts[0].split('\n').length;
console.log(
    JSON.stringify({
        lines,
        references: measured[0].references,
        total: pick('total'),
        parse: pick('parse'),
        indexAndScopes: pick('indexAndScopes'),
        link: pick('link'),
        validate: pick('validate'),
        diagnostics: measured[0].diagnostics,
        errors: measured[0].errors,
        maxRss: process.resourceUsage().maxRSS * 1024,
        heapUsed: process.memoryUsage().heapUsed,
    }),
);
