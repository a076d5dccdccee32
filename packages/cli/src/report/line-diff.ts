/**
 * A unified diff of two texts, line by line, as `diff -u` and `git diff` print it, for `rubric fmt --diff`.
 * Our own small Myers diff (shortest edit script) rather than a dependency: the texts are rubric files,
 * the changes are layout, and the output must be byte-identical from run to run.
 */

type Edit = { kind: ' ' | '-' | '+'; line: string };

/** Beyond this many differing lines the edit script's trace would cost too much memory: one block instead. */
const MAX_EDIT_DISTANCE = 2000;
const CONTEXT = 3;

export function unifiedDiff(before: string, after: string, fromName: string, toName: string): string {
    if (before === after) return '';
    const edits = diffLines(splitLines(before), splitLines(after));
    let out = `--- ${fromName}\n+++ ${toName}\n`;
    for (const hunk of toHunks(edits)) {
        out += `@@ -${range(hunk.fromStart, hunk.fromCount)} +${range(hunk.toStart, hunk.toCount)} @@\n`;
        for (const edit of hunk.edits) {
            const unterminated = edit.line.endsWith(NO_NEWLINE);
            out += `${edit.kind}${unterminated ? edit.line.slice(0, -1) : edit.line}\n`;
            if (unterminated) out += '\\ No newline at end of file\n';
        }
    }
    return out;
}

/** Marks a last line without a line break, so that it differs from the same text with one. */
const NO_NEWLINE = '\u0000';

function splitLines(text: string): string[] {
    if (text === '') return [];
    const lines = text.split('\n');
    if (text.endsWith('\n')) lines.pop();
    else lines[lines.length - 1] += NO_NEWLINE;
    return lines;
}

/** The edit script from a to b: common prefix and suffix first, Myers' greedy search in between. */
function diffLines(a: string[], b: string[]): Edit[] {
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
    const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
    return [
        ...a.slice(0, prefix).map((line): Edit => ({ kind: ' ', line })),
        ...middle,
        ...a.slice(a.length - suffix).map((line): Edit => ({ kind: ' ', line })),
    ];
}

function myers(a: string[], b: string[]): Edit[] {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    if (max === 0) return [];
    const offset = max;
    const v = new Int32Array(2 * max + 2);
    const trace: Int32Array[] = [];
    for (let d = 0; d <= max; d++) {
        if (d > MAX_EDIT_DISTANCE) return replaceAll(a, b);
        trace.push(v.slice(offset - d, offset + d + 2));
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) return backtrack(trace, a, b, d);
        }
    }
    return replaceAll(a, b);
}

/** Walks the saved frontiers back from the end, collecting the moves of the shortest script. */
function backtrack(trace: Int32Array[], a: string[], b: string[], depth: number): Edit[] {
    const edits: Edit[] = [];
    let x = a.length;
    let y = b.length;
    for (let d = depth; d > 0; d--) {
        const frontier = trace[d];
        const at = (k: number) => frontier[k + d];
        const k = x - y;
        const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
        const previousX = at(previousK);
        const previousY = previousX - previousK;
        while (x > previousX && y > previousY) edits.push({ kind: ' ', line: a[--x] }) && y--;
        if (x === previousX) edits.push({ kind: '+', line: b[--y] });
        else edits.push({ kind: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) edits.push({ kind: ' ', line: a[--x] }) && y--;
    return edits.reverse();
}

function replaceAll(a: string[], b: string[]): Edit[] {
    return [...a.map((line): Edit => ({ kind: '-', line })), ...b.map((line): Edit => ({ kind: '+', line }))];
}

type Hunk = { fromStart: number; fromCount: number; toStart: number; toCount: number; edits: Edit[] };

/** Groups changes with three lines of context; changes closer than twice that share a hunk. */
function toHunks(edits: Edit[]): Hunk[] {
    const changed = edits.flatMap((edit, index) => (edit.kind === ' ' ? [] : [index]));
    // the line (1-based) each edit stands on, on either side
    const fromLine: number[] = [];
    const toLine: number[] = [];
    let aLine = 1;
    let bLine = 1;
    for (const edit of edits) {
        fromLine.push(aLine);
        toLine.push(bLine);
        if (edit.kind !== '+') aLine++;
        if (edit.kind !== '-') bLine++;
    }
    const hunks: Hunk[] = [];
    let i = 0;
    while (i < changed.length) {
        const firstChange = changed[i];
        let lastChange = firstChange;
        while (i + 1 < changed.length && changed[i + 1] - lastChange <= 2 * CONTEXT) lastChange = changed[++i];
        i++;
        const start = Math.max(0, firstChange - CONTEXT);
        const end = Math.min(edits.length - 1, lastChange + CONTEXT);
        const slice = edits.slice(start, end + 1);
        const fromCount = slice.filter((e) => e.kind !== '+').length;
        const toCount = slice.filter((e) => e.kind !== '-').length;
        // an empty side is numbered by the line before it, as diff does
        hunks.push({
            fromStart: fromCount === 0 ? fromLine[start] - 1 : fromLine[start],
            fromCount,
            toStart: toCount === 0 ? toLine[start] - 1 : toLine[start],
            toCount,
            edits: slice,
        });
    }
    return hunks;
}

function range(start: number, count: number): string {
    return count === 1 ? String(start) : `${start},${count}`;
}
