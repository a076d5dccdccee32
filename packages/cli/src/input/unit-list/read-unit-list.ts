import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '@par-rubric/language';
import { CliError, ExitCode } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import type { TemplateUnit } from '../../contracts/template-writer.js';
import { displayPath } from '../../display-path.js';
import { loadFormat } from '../../contracts/format-registry.js';
import { unitTypeOf } from '../../layouts/sheet-layout.js';
import { formatProblem, MAX_FILE_BYTES, type SourceLocation, type SourceProblem } from '@par-rubric/language/assessment-input';
import { importFormats } from '../import/formats.js';
import { ImportInputError } from '../import/import-input-error.js';
import { placeText } from '../import/place-text.js';
import type { SourceTable, TableCell, TablePlace, TableReader } from '../import/source-table.js';

/** One unit of a unit list, with the place of its id for messages. */
export type ListedUnit = TemplateUnit & { place: SourceLocation };

type Role = 'id' | 'name' | 'type' | 'group';

/** Headings a province's unit list uses, in either language (compared without case). */
const HEADINGS: Record<Role, readonly string[]> = {
    id: ['id', 'unit.id', 'unit id', 'mã', 'mã đơn vị', 'mã số'],
    name: ['name', 'unit.name', 'unit name', 'tên', 'tên đơn vị', 'đơn vị'],
    type: ['type', 'unit.type', 'unit type', 'loại', 'loại đơn vị', 'cấp'],
    group: ['group', 'unit.group', 'unit group', 'nhóm', 'nhóm đơn vị'],
};

/** The heading row lies within the first rows (a title and a blank line may stand above it). */
const HEADING_SEARCH = 30;

const LIST_FORMATS: Readonly<Record<string, 'xlsx' | 'csv'>> = { '.xlsx': 'xlsx', '.csv': 'csv' };

/**
 * A unit list (XLSX or CSV: a heading row with id and name, optionally type and group, then one unit per
 * row). A unit without a type is of the rubric's type. Duplicate ids and units of another type are
 * findings (exit 1), all listed at once; a file that is no table is exit 2.
 */
export async function readUnitList(file: string, unitType: string, locale: Locale): Promise<ListedUnit[]> {
    const shown = displayPath(file);
    const format = LIST_FORMATS[path.extname(file).toLowerCase()];
    if (!format) throw new CliError(`${shown}: ${text(locale, 'unitListType')}`);
    let tables: SourceTable[];
    try {
        const bytes = readBytes(file, shown, locale);
        tables = await (await loadFormat<TableReader>(importFormats, format))({ bytes, file: shown, locale });
    } catch (error) {
        if (error instanceof ImportInputError) throw new CliError(error.message);
        throw error;
    }
    const table = tables[0];
    const columns = table ? headingColumns(table) : undefined;
    if (!table || !columns) throw new CliError(`${shown}: ${text(locale, 'unitListNoHeadings')}`, ExitCode.Findings);
    const units: ListedUnit[] = [];
    const problems: SourceProblem[] = [];
    const seen = new Map<string, ListedUnit>();
    for (const row of table.rows.slice(columns.row + 1)) {
        const cell = (role: Role): TableCell | undefined => (columns[role] === undefined ? undefined : row.cells[columns[role]]);
        const id = cell('id');
        const name = cell('name')?.text ?? '';
        if (!id) {
            if (name) problems.push({ file: shown, location: location(row.place), message: text(locale, 'unitListNoId', { name }) });
            continue;
        }
        const type = cell('type') ? unitTypeOf(cell('type')!.text) : unitType;
        const group = cell('group')?.text;
        const unit: ListedUnit = { id: id.text, name, type, ...(group ? { group } : {}), place: location(id.place) };
        const other = seen.get(unit.id);
        if (other) {
            problems.push({ file: shown, location: unit.place, message: text(locale, 'unitListDuplicate', { id: unit.id, other: placeText(other.place, locale) }) });
            continue;
        }
        if (type !== unitType) {
            problems.push({ file: shown, location: location(cell('type')!.place), message: text(locale, 'unitListOtherType', { id: unit.id, type, expected: unitType }) });
            continue;
        }
        seen.set(unit.id, unit);
        units.push(unit);
    }
    if (problems.length > 0) throw new CliError(problems.map(formatProblem).join('\n'), ExitCode.Findings);
    if (units.length === 0) throw new CliError(`${shown}: ${text(locale, 'unitListEmpty')}`, ExitCode.Findings);
    return units;
}

function readBytes(file: string, shown: string, locale: Locale): Uint8Array {
    try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) throw new CliError(`${shown}: ${text(locale, 'cannotRead', { reason: 'EISDIR' })}`);
        if (stat.size > MAX_FILE_BYTES) {
            throw new CliError(`${shown}: ${text(locale, 'fileTooLarge', { size: (stat.size / 1048576).toFixed(1), limit: MAX_FILE_BYTES / 1048576 })}`);
        }
        return fs.readFileSync(file);
    } catch (error) {
        if (error instanceof CliError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`${shown}: ${code === 'ENOENT' ? text(locale, 'noSuchPath') : text(locale, 'cannotRead', { reason: String(code ?? error) })}`);
    }
}

/** The first row naming an id and a name column, and where each known column is. */
function headingColumns(table: SourceTable): (Partial<Record<Role, number>> & { row: number }) | undefined {
    for (let r = 0; r < Math.min(table.rows.length, HEADING_SEARCH); r++) {
        const found: Partial<Record<Role, number>> = {};
        table.rows[r].cells.forEach((cell, index) => {
            const heading = cell?.text.normalize('NFC').toLowerCase().replace(/[:*]\s*$/, '').trim();
            if (heading === undefined) return;
            for (const role of Object.keys(HEADINGS) as Role[]) {
                if (found[role] === undefined && HEADINGS[role].includes(heading)) found[role] = index;
            }
        });
        if (found.id !== undefined && found.name !== undefined) return { ...found, row: r };
    }
    return undefined;
}

/** Unit lists are workbooks or CSV files: their places are cells or lines. */
function location(place: TablePlace): SourceLocation {
    return place.kind === 'table' ? { kind: 'text', line: place.row, column: place.cell } : place;
}
