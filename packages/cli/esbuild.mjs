#!/usr/bin/env node
// Bundles the CLI into dist/rubric.mjs (ESM, Node 20), which exports `main(argv, io)` (bin/rubric.js runs
// it on the process; tests may run it in-process): one file to read and compile instead of hundreds of
// modules, which is most of what a cold `rubric check` costs. Commands that need heavy libraries import
// them lazily; those land in dist/chunks/ and load only when used.
//   node esbuild.mjs [--metafile] [--outdir=DIR]   (run by `npm run build` after tsc; --metafile writes
//   rubric.meta.json; --outdir writes a fresh bundle elsewhere, as the npm package's staging folder does)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageWithoutSideEffects } from './language-without-side-effects.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdirArgument = process.argv.find((arg) => arg.startsWith('--outdir='));
const outdir = outdirArgument ? path.resolve(outdirArgument.slice('--outdir='.length)) : path.join(here, 'dist');

// CommonJS dependencies inside an ESM bundle still call require() for Node's built-ins.
const banner = [
    "import { createRequire as __rubricCreateRequire } from 'node:module';",
    "import { fileURLToPath as __rubricFileURLToPath } from 'node:url';",
    "import { dirname as __rubricDirname } from 'node:path';",
    'const require = __rubricCreateRequire(import.meta.url);',
    'const __filename = __rubricFileURLToPath(import.meta.url);',
    'const __dirname = __rubricDirname(__filename);',
].join('\n');

const result = await esbuild.build({
    // the polyfill must run before Langium (Chevrotain calls Object.groupBy, missing on Node 20)
    stdin: {
        contents: "import 'core-js/actual/object/group-by.js';\nexport { main } from './src/main.ts';\n",
        resolveDir: here,
        sourcefile: 'rubric-entry.ts',
        loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    splitting: true,
    outdir,
    entryNames: 'rubric',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    banner: { js: banner },
    // prefer the ESM builds of dual packages: they tree-shake and skip CommonJS wrappers
    mainFields: ['module', 'main'],
    conditions: ['node', 'import'],
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: false,
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [languageWithoutSideEffects],
});

/**
 * Other processes may be running the CLI while it is rebuilt (tests, an editor): write the new chunks
 * first (content-hashed, so an existing name already has the right bytes), swap the entry in with a
 * rename, and only then remove the chunks no longer referenced.
 */
const entry = path.join(outdir, 'rubric.mjs');
for (const file of result.outputFiles) {
    if (file.path === entry || fs.existsSync(file.path)) continue;
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    fs.writeFileSync(file.path, file.contents);
}
const temporary = `${entry}.${process.pid}.tmp`;
fs.writeFileSync(temporary, result.outputFiles.find((file) => file.path === entry).contents);
fs.renameSync(temporary, entry);
// a chunk written in the last minutes may belong to a concurrent build (several people, one checkout)
const current = new Set(result.outputFiles.map((file) => file.path));
const recently = Date.now() - 5 * 60_000;
for (const name of fs.readdirSync(path.join(outdir, 'chunks'))) {
    const file = path.join(outdir, 'chunks', name);
    if (!current.has(file) && fs.statSync(file).mtimeMs < recently) fs.rmSync(file, { force: true });
}
// the bundle's types are those of src/main.ts, which tsc has just declared
if (!outdirArgument) fs.writeFileSync(path.join(outdir, 'rubric.d.mts'), "export { main } from './main.js';\nexport type { CliIo } from './contracts/cli-io.js';\n");
if (process.argv.includes('--metafile')) fs.writeFileSync(path.join(outdir, 'rubric.meta.json'), JSON.stringify(result.metafile));
