import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatRubricText, type Locale } from '@par-rubric/language';
import { text } from '../cli-text.js';
import { displayPath } from '../display-path.js';
import { loadFormat } from '../contracts/format-registry.js';
import { MAX_FILE_BYTES } from '@par-rubric/language/assessment-input';
import { withoutMarks } from '@par-rubric/language/plain-letters';
import { IMPORT_EXTENSIONS, importFormats } from '../input/import/formats.js';
import { ImportInputError } from '../input/import/import-input-error.js';
import { placeText } from '../input/import/place-text.js';
import { draftRubric, type DraftNode, type ImportFinding } from '../input/import/rubric-draft.js';
import { rubricText } from '../input/import/rubric-text.js';
import type { SourceTable, TableReader } from '../input/import/source-table.js';
import { findLayout, parseColumnMapping, type TableLayout } from '../input/import/table-columns.js';

export type ImportOptions = { sheet?: string; id?: string; year?: number; unitType?: string; columns?: string };

/** What an import gives: the formatted .rubric text, what it could not read or wants said, and its shape. */
export type ImportResult = {
    rubric: string;
    /** One line each, "file: 'Sheet1'!B37: warning import/unread-row: …". */
    findings: string[];
    /** "7 fields, 27 criteria, 63 sub-criteria; 0 warnings". */
    summary: string;
};

/**
 * `rubric import FILE`: a rubric table (XLSX, CSV or a Word annex) turned into the .rubric that says what
 * the table says. Throws ImportInputError, one line, when the file cannot be used at all.
 */
export async function importRubricFile(file: string, options: ImportOptions, locale: Locale): Promise<ImportResult> {
    const shown = displayPath(file);
    const format = IMPORT_EXTENSIONS[path.extname(file).toLowerCase()];
    if (!format) throw new ImportInputError(`${shown}: ${text(locale, 'importUnknownType')}`);
    const bytes = readBytes(file, shown, locale);
    const tables = await loadFormat<TableReader>(importFormats, format).then((read) => read({ bytes, file: shown, locale }));
    const { table, layout } = chooseTable(tables, options, shown, locale);
    const draft = draftRubric(table, layout, locale);
    if (draft.nodes.length === 0) throw new ImportInputError(`${shown}: ${text(locale, 'importNoRows')}`);
    // without a title row the file names the rubric, and its sheet too where the file holds several
    const sheetName = tables.length > 1 ? ` (${table.name})` : '';
    const title = draft.title ?? `${path.basename(file, path.extname(file))}${sheetName}`;
    const source = `${path.basename(file)}${sheetName}`;
    const findings = [...draft.findings];
    let year = options.year ?? yearIn(title);
    if (year === undefined && draft.yearMentioned) {
        year = draft.yearMentioned.year;
        findings.push({ place: draft.yearMentioned.place, severity: 'info', code: 'import/year', message: text(locale, 'importYearFromText', { year }) });
    }
    const unformatted = rubricText(draft, { id: options.id ?? idOf(file), title, source, unitType: options.unitType, year }, locale);
    const rubric = await formatRubricText(unformatted, undefined, locale);
    if (!options.unitType) findings.push({ place: draft.nodes[0].place, severity: 'info', code: 'import/unit-type', message: text(locale, 'importNoUnitType') });
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    return {
        rubric,
        findings: findings.map((finding) => findingLine(shown, finding, locale)),
        summary: text(locale, 'importSummary', { ...countNodes(draft.nodes), warnings }),
    };
}

function readBytes(file: string, shown: string, locale: Locale): Uint8Array {
    try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) throw new ImportInputError(`${shown}: ${text(locale, 'cannotRead', { reason: 'EISDIR' })}`);
        if (stat.size > MAX_FILE_BYTES) {
            throw new ImportInputError(`${shown}: ${text(locale, 'fileTooLarge', { size: (stat.size / 1048576).toFixed(1), limit: MAX_FILE_BYTES / 1048576 })}`);
        }
        return fs.readFileSync(file);
    } catch (error) {
        if (error instanceof ImportInputError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new ImportInputError(`${shown}: ${code === 'ENOENT' ? text(locale, 'noSuchPath') : text(locale, 'cannotRead', { reason: String(code ?? error) })}`);
    }
}

/** The table asked for with --sheet, else the first whose headings are recognised (or the first, with --columns). */
function chooseTable(tables: SourceTable[], options: ImportOptions, shown: string, locale: Locale): { table: SourceTable; layout: TableLayout } {
    let candidates = tables;
    if (options.sheet !== undefined) {
        candidates = tables.filter((t) => t.name === options.sheet);
        if (candidates.length === 0) {
            throw new ImportInputError(`${shown}: ${text(locale, 'importNoSuchSheet', { sheet: options.sheet, sheets: tables.map((t) => t.name).join(', ') })}`);
        }
    }
    if (options.columns !== undefined) {
        const columns = parseColumnMapping(options.columns);
        if (!columns) throw new ImportInputError(text(locale, 'importBadColumns', { value: options.columns }));
        const table = candidates.find((t) => t.rows.length > 0) ?? candidates[0];
        if (!table) throw new ImportInputError(`${shown}: ${text(locale, 'importNoRows')}`);
        return { table, layout: { firstRow: 0, columns } };
    }
    for (const table of candidates) {
        const layout = findLayout(table);
        if (layout) return { table, layout };
    }
    throw new ImportInputError(`${shown}: ${text(locale, 'importNoTable')}`);
}

/** PAR_BANG_1 from "Bảng 1.xlsx": the file's name in capitals without diacritics, a valid rubric id. */
function idOf(file: string): string {
    const plain = withoutMarks(path.basename(file, path.extname(file)))
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    return /^[A-Z_]/.test(plain) ? plain : `R_${plain}`;
}

function yearIn(title: string): number | undefined {
    const match = /\b(19|20)\d{2}\b/.exec(title);
    return match ? Number(match[0]) : undefined;
}

function countNodes(nodes: DraftNode[]): { fields: number; criteria: number; items: number } {
    const counts = { fields: 0, criteria: 0, items: 0 };
    const visit = (node: DraftNode): void => {
        if (node.depth === 1) counts.fields++;
        else if (node.depth === 2) counts.criteria++;
        else counts.items++;
        node.children.forEach(visit);
    };
    nodes.forEach(visit);
    return counts;
}

function findingLine(file: string, finding: ImportFinding, locale: Locale): string {
    const where = finding.place.kind === 'text' ? `${file}:${finding.place.line}:${finding.place.column}` : `${file}: ${placeText(finding.place, locale)}`;
    return `${where}: ${finding.severity} ${finding.code}: ${finding.message}`;
}
