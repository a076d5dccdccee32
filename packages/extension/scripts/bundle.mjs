#!/usr/bin/env node
// Bundles the extension (client) and its language server into one CommonJS file each, as VS Code loads
// them: out/extension.cjs and out/language-server.cjs (with the files it loads: language-server-body.cjs,
// language-server-import.cjs); copies the language reference into docs/; and
// puts the CLI's own bundle into cli/ (run by the shims in bin/ from the integrated terminal and by
// rubric tasks). `--minify` for the packaged .vsix.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const minify = process.argv.includes('--minify');
// `--outdir=DIR`: only the bundles, elsewhere (the benchmark times the minified server as the .vsix ships it)
const outdirArg = process.argv.find((arg) => arg.startsWith('--outdir='));
const outdir = outdirArg ? path.resolve(outdirArg.slice('--outdir='.length)) : path.join(root, 'out');

// What the server loads only on first use stays in files of its own, required at run time: the body of the
// server behind a small start file that first turns on Node's compile cache (so a second start reads the
// compiled bundle instead of compiling 5 MB again), and the spreadsheet and Word importer (exceljs, docx,
// jszip: a third of the bundle, and most sessions never import).
const LATER_FILES = {
    './language-server-body.cjs': 'language-server-body',
    '@par-rubric/cli/import': 'language-server-import',
};
const loadedLater = {
    name: 'loaded-later',
    setup(build) {
        const filter = new RegExp(`^(${Object.keys(LATER_FILES).map((spec) => spec.replace(/[./]/g, '\\$&')).join('|')})$`);
        build.onResolve({ filter }, (args) => (args.kind === 'entry-point' ? undefined : { path: `./${LATER_FILES[args.path]}.cjs`, external: true }));
    },
};

const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
        extension: 'src/extension/main.ts',
        'language-server': 'src/language/start.ts',
        'language-server-body': 'src/language/main.ts',
        'language-server-import': '@par-rubric/cli/import',
    },
    plugins: [loadedLater],
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Node 20 for a user's own VS Code; the extension host brings its own (22 today)
    target: 'node20',
    external: ['vscode'],
    // ESM builds first: Langium ships only ESM, and mixing in a CommonJS copy would load two of a library
    mainFields: ['module', 'main'],
    minify,
    sourcemap: minify ? false : 'linked',
    logLevel: 'warning',
    metafile: true,
});
const sizes = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.cjs'))
    .map(([file, output]) => `${path.basename(file)} ${(output.bytes / 1024).toFixed(0)} KiB`);
console.log(`bundled ${sizes.join(', ')}${minify ? ' (minified)' : ''}${outdirArg ? ` into ${outdir}` : ''}`);
if (!outdirArg) copyShippedFiles();

/** What the extension carries besides its bundles: the language reference and the CLI. */
function copyShippedFiles() {
    // the language reference travels with the extension: keyword hovers open it offline, in the preview
    fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
    for (const locale of ['vi', 'en']) fs.copyFileSync(path.join(root, '..', '..', 'docs', `reference.${locale}.md`), path.join(root, 'docs', `reference.${locale}.md`));

    // the CLI as its npm package ships it: bin/rubric.js, its bundle in dist/, and the package.json it reads its version from
    const cliSource = path.join(root, '..', 'cli');
    const cli = path.join(root, 'cli');
    const cliBuild = spawnSync(process.execPath, [path.join(cliSource, 'esbuild.mjs'), `--outdir=${path.join(cli, 'dist')}`], { cwd: cliSource, stdio: 'inherit' });
    if (cliBuild.status !== 0) throw new Error('bundling the CLI failed');
    fs.mkdirSync(path.join(cli, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(cliSource, 'bin', 'rubric.js'), path.join(cli, 'bin', 'rubric.js'));
    const cliPackage = JSON.parse(fs.readFileSync(path.join(cliSource, 'package.json'), 'utf8'));
    const shipped = { name: cliPackage.name, version: cliPackage.version, description: cliPackage.description, type: 'module', exports: { './package.json': './package.json' } };
    fs.writeFileSync(path.join(cli, 'package.json'), JSON.stringify(shipped, null, 2) + '\n');
}
