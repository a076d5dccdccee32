/**
 * Where a value of an assessment came from, so that every schema or scoring problem can point at the
 * place the user has to fix: a line and column in a JSON, YAML or CSV file, a cell in a workbook.
 */
export type TextLocation = { kind: 'text'; line: number; column: number };
export type CellLocation = { kind: 'cell'; sheet: string; cell: string };
export type SourceLocation = TextLocation | CellLocation;

/** A JSON path as zod reports it: object keys and array indices from the document's root. */
export type ValuePath = readonly PropertyKey[];

/** One problem in one input file, ready to print as a single line; `code` the kind of misfit, where the schema or the engine names it. */
export type SourceProblem = { file: string; location?: SourceLocation; path?: ValuePath; code?: string; message: string };

/** Locations of the values of one document, keyed by their JSON path. */
export class LocationMap {
    private readonly locations = new Map<string, SourceLocation>();
    private fill: ((map: LocationMap) => void) | undefined;

    /**
     * `fill` records the places when they are first asked for: a file read without a mistake seldom
     * needs them, and recording every value's place costs more than reading the file.
     */
    constructor(fill?: (map: LocationMap) => void) {
        this.fill = fill;
    }

    set(path: ValuePath, location: SourceLocation): void {
        this.locations.set(pathKey(path), location);
    }

    get(path: ValuePath): SourceLocation | undefined {
        this.filled();
        return this.locations.get(pathKey(path));
    }

    /**
     * The location of the value at path, or of its nearest recorded ancestor: a missing property is
     * reported where its object starts.
     */
    nearest(path: ValuePath): SourceLocation | undefined {
        this.filled();
        for (let length = path.length; length >= 0; length--) {
            const found = this.locations.get(pathKey(path.slice(0, length)));
            if (found) return found;
        }
        return undefined;
    }

    get size(): number {
        this.filled();
        return this.locations.size;
    }

    private filled(): void {
        const fill = this.fill;
        this.fill = undefined;
        fill?.(this);
    }
}

function pathKey(path: ValuePath): string {
    return JSON.stringify(path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `items["1.1.1"].evidence[0].date`: identifiers after a dot, anything else quoted, indices bracketed. */
export function formatValuePath(path: ValuePath): string {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number') text += `[${segment}]`;
        else if (typeof segment === 'string' && IDENTIFIER.test(segment)) text += text ? `.${segment}` : segment;
        else text += `[${JSON.stringify(String(segment))}]`;
    }
    return text || '$';
}

/** `12:5` in a text file, `'Tự đánh giá'!C12` in a workbook. */
export function formatWhere(location: SourceLocation): string {
    return location.kind === 'cell' ? `${quoteSheet(location.sheet)}!${location.cell}` : `${location.line}:${location.column}`;
}

/** `file:12:5: items["1.1.1"].self: message`, or `file: Sheet!C12: message` for a workbook cell. */
export function formatProblem(problem: SourceProblem): string {
    const { file, location, path, message } = problem;
    if (location?.kind === 'cell') return `${file}: ${quoteSheet(location.sheet)}!${location.cell}: ${message}`;
    const where = location ? `${file}:${location.line}:${location.column}` : file;
    return path && path.length > 0 ? `${where}: ${formatValuePath(path)}: ${message}` : `${where}: ${message}`;
}

/** Sheet names with spaces are quoted the way spreadsheet formulas quote them: 'Tự đánh giá'!C12. */
function quoteSheet(sheet: string): string {
    return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** 1-based line and column of an offset; columns count UTF-16 code units, as editors do. */
export class LineIndex {
    private readonly starts: number[] = [0];

    constructor(text: string) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10) this.starts.push(i + 1);
            else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
        }
    }

    locate(offset: number): TextLocation {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return { kind: 'text', line: low + 1, column: offset - this.starts[low] + 1 };
    }
}

/** A file's problems row by row (a workbook's sheets in the order they first come up), those without a place first. */
export function inFileOrder(problems: readonly SourceProblem[]): SourceProblem[] {
    const sheets = new Map<string, number>();
    const key = (p: SourceProblem): [number, number, number] => {
        const at = p.location;
        if (!at) return [-1, 0, 0];
        if (at.kind === 'text') return [0, at.line, at.column];
        if (!sheets.has(at.sheet)) sheets.set(at.sheet, sheets.size);
        const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(at.cell) ?? ['', '', '0'];
        return [sheets.get(at.sheet)!, Number(row), [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)];
    };
    return problems
        .map((p, i) => ({ p, i, k: key(p) }))
        .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
        .map(({ p }) => p);
}
