import { spreadsheetText } from '../safe-text/spreadsheet.js';

/** One CSV cell with where it starts (1-based line and column), for error messages. */
export type CsvCell = { value: string; line: number; column: number };
type CsvRow = { line: number; cells: CsvCell[] };

export type CsvParseResult =
    | { ok: true; rows: CsvRow[]; delimiter: string }
    | { ok: false; line: number; column: number; reason: 'unterminatedQuote' | 'textAfterQuote' };

/**
 * RFC 4180 CSV: quoted cells may hold delimiters, quotes ("") and line breaks. The delimiter is what the
 * header line uses outside quotes: a comma, or the semicolon that Excel writes where the decimal mark is
 * a comma (Vietnamese Windows), or a tab.
 */
export function parseCsv(source: string): CsvParseResult {
    const delimiter = detectDelimiter(source);
    const rows: CsvRow[] = [];
    let cells: CsvCell[] = [];
    let line = 1;
    let lineStart = 0;
    let rowLine = 1;
    let i = 0;
    const length = source.length;
    const endRow = (): void => {
        if (!(cells.length === 1 && cells[0].value === '')) rows.push({ line: rowLine, cells });
        cells = [];
    };
    while (i <= length) {
        const cellLine = line;
        const cellColumn = i - lineStart + 1;
        let value = '';
        if (source[i] === '"') {
            i++;
            for (;;) {
                if (i >= length) return { ok: false, line: cellLine, column: cellColumn, reason: 'unterminatedQuote' };
                const c = source[i];
                if (c === '"') {
                    if (source[i + 1] === '"') {
                        value += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) {
                    line++;
                    lineStart = i + 1;
                }
                value += c;
                i++;
            }
            if (i < length && source[i] !== delimiter && source[i] !== '\n' && source[i] !== '\r') {
                return { ok: false, line, column: i - lineStart + 1, reason: 'textAfterQuote' };
            }
        } else {
            const start = i;
            while (i < length && source[i] !== delimiter && source[i] !== '\n' && source[i] !== '\r') i++;
            value = source.slice(start, i);
        }
        cells.push({ value, line: cellLine, column: cellColumn });
        if (i >= length) {
            endRow();
            break;
        }
        if (source[i] === delimiter) {
            i++;
            if (i === length) cells.push({ value: '', line, column: i - lineStart + 1 });
            continue;
        }
        // a line break ends the row: \r\n, \n or a lone \r
        i += source[i] === '\r' && source[i + 1] === '\n' ? 2 : 1;
        line++;
        lineStart = i;
        endRow();
        rowLine = line;
        if (i === length) break;
    }
    return { ok: true, rows, delimiter };
}

function detectDelimiter(source: string): string {
    const counts = new Map<string, number>([
        [',', 0],
        [';', 0],
        ['\t', 0],
    ]);
    let quoted = false;
    for (const c of source) {
        if (c === '"') quoted = !quoted;
        else if (!quoted && (c === '\n' || c === '\r')) break;
        else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
    }
    let best = ',';
    for (const [candidate, count] of counts) if (count > counts.get(best)!) best = candidate;
    return best;
}

/** A cell written the way people write it: quoted when it holds the delimiter, a quote or a line break. */
function csvCell(value: string, delimiter = ','): string {
    return value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value)
        ? `"${value.replace(/"/g, '""')}"`
        : value;
}

/** One CSV line; a text that a spreadsheet would run as a formula is written so that it is shown, not run. */
export function csvLine(values: readonly string[], delimiter = ','): string {
    return values.map((value) => csvCell(spreadsheetText(value), delimiter)).join(delimiter);
}
