#!/usr/bin/env node
// Finds import circles inside the folders given, counting every import: values, `import type`, re-exports
// and `import('…')`. ESLint's no-cycle rule forbids value circles everywhere; these folders (the CLI's layers,
// the scoring engine) must have none at all, so that each file's place in its layer stays clear.
// Usage: node scripts/import-circles.mjs FOLDER… (exit 1 and one line per circle when there is one)
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

function sourceFiles(folder) {
    return fs
        .readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
        .map((entry) => path.resolve(entry.parentPath, entry.name));
}

/** The files of the same folder tree that `file` imports, by any kind of import. */
function importsOf(file, inside) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    return importedFiles
        .map(({ fileName }) => fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts')))
        .filter((target) => inside.has(target));
}

/** Tarjan's strongly connected components: each component of more than one file (or a file importing itself) is a circle. */
function circles(graph) {
    const index = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const found = [];
    let counter = 0;
    const visit = (node) => {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
        for (const next of graph.get(node)) {
            if (!index.has(next)) {
                visit(next);
                low.set(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.has(next)) {
                low.set(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node) === index.get(node)) {
            const component = [];
            let member;
            do {
                member = stack.pop();
                onStack.delete(member);
                component.push(member);
            } while (member !== node);
            if (component.length > 1 || graph.get(node).includes(node)) found.push(component.sort());
        }
    };
    for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
    return found;
}

const folders = process.argv.slice(2);
let failed = false;
for (const folder of folders) {
    const files = sourceFiles(folder);
    const inside = new Set(files);
    const graph = new Map(files.map((file) => [file, importsOf(file, inside)]));
    for (const circle of circles(graph)) {
        failed = true;
        console.error(`import circle in ${folder}: ${circle.map((file) => path.relative(process.cwd(), file)).join(' ↔ ')}`);
    }
}
if (!failed) console.log(`no import circle in ${folders.join(', ')}`);
process.exit(failed ? 1 : 0);
