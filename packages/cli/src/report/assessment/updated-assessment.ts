import * as path from 'node:path';
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import { isMap, isScalar, parseDocument, stringify, YAMLMap, type Document } from 'yaml';
import type { Assessment } from '@par-rubric/language';

type Change = { path: string[]; value: unknown };

/**
 * An assessment file with what the council's sheets changed (appraisals, explanations, survey results)
 * written into it. A YAML or JSON file keeps its layout and comments: only the changed entries are
 * rewritten. A workbook or CSV becomes a YAML file of the whole assessment (`.yaml` beside its name).
 */
export function updatedAssessmentFile(file: string, original: string | undefined, before: Assessment, after: Assessment): { name: string; content: string } {
    const extension = path.extname(file).toLowerCase();
    const base = path.basename(file);
    const changes = changesOf(before, after);
    if (original !== undefined && (extension === '.yaml' || extension === '.yml')) return { name: base, content: updateYaml(original, changes) };
    if (original !== undefined && extension === '.json') return { name: base, content: updateJson(original, changes) };
    return { name: `${base.slice(0, base.length - extension.length)}.yaml`, content: stringify(after, { lineWidth: 0 }) };
}

/** Changed and removed entries of items (per answer key) and of survey results; undefined value = remove. */
function changesOf(before: Assessment, after: Assessment): Change[] {
    const changes: Change[] = [];
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const beforeItems: Record<string, Record<string, unknown>> = before.items ?? {};
    for (const [code, answer] of Object.entries(after.items ?? {}) as [string, Record<string, unknown>][]) {
        const old = beforeItems[code];
        if (old === undefined) {
            changes.push({ path: ['items', code], value: answer });
            continue;
        }
        for (const key of new Set([...Object.keys(old), ...Object.keys(answer)])) {
            if (!same(old[key], answer[key])) changes.push({ path: ['items', code, key], value: answer[key] });
        }
    }
    for (const [code, points] of Object.entries(after.survey ?? {})) {
        if (!same(before.survey?.[code], points)) changes.push({ path: ['survey', code], value: points });
    }
    return changes;
}

function updateJson(original: string, changes: Change[]): string {
    let content = original;
    const indent = /\n( +)"/.exec(original)?.[1].length ?? 2;
    for (const change of changes) {
        const edits = modify(content, change.path as JSONPath, change.value, { formattingOptions: { insertSpaces: true, tabSize: indent, eol: '\n' } });
        content = applyEdits(content, edits);
    }
    return content;
}

/** Keys such as 8.1 read as numbers in YAML: entries are found by their text, whatever the key's type. */
function updateYaml(original: string, changes: Change[]): string {
    // a plain document: its nodes are edited in place, so they need not keep the parsed types
    const document: Document = parseDocument(original);
    for (const change of changes) {
        let map: unknown = document.contents;
        for (let i = 0; i < change.path.length - 1; i++) map = childMap(document, map, change.path[i]);
        if (!isMap(map)) continue;
        const last = change.path[change.path.length - 1];
        const pair = map.items.find((p) => keyText(p.key) === last);
        if (change.value === undefined) {
            if (pair) map.items.splice(map.items.indexOf(pair), 1);
        } else if (pair) {
            pair.value = document.createNode(change.value);
        } else {
            map.items.push(document.createPair(last, change.value) as (typeof map.items)[number]);
        }
    }
    return document.toString({ lineWidth: 0 });
}

function childMap(document: Document, map: unknown, key: string): unknown {
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => keyText(p.key) === key);
    if (pair && isMap(pair.value)) return pair.value;
    const child = new YAMLMap();
    if (pair) pair.value = child;
    else map.items.push(document.createPair(key, child) as (typeof map.items)[number]);
    return child;
}

function keyText(key: unknown): string {
    return isScalar(key) ? String(key.value) : String(key);
}
