/**
 * Columns aligned for a terminal. Width counts code points of the NFC text, which is what a terminal
 * shows for Vietnamese (precomposed letters are one cell each).
 */
export function textTable(header: string[], rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string {
    const all = [header, ...rows].map((row) => row.map((cell) => cell.normalize('NFC')));
    const widths = header.map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ''))));
    const line = (row: string[]): string =>
        row
            .map((cell, c) => {
                const pad = ' '.repeat(widths[c] - width(cell));
                return rightAligned.has(c) ? pad + cell : cell + pad;
            })
            .join('  ')
            .trimEnd();
    const rule = widths.map((w) => '─'.repeat(w)).join('  ');
    return [line(all[0]), rule, ...all.slice(1).map(line)].join('\n');
}

function width(text: string): number {
    return [...text].length;
}
