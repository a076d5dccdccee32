import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CliIo } from '../contracts/cli-io.js';
import { loadFormat } from '../contracts/format-registry.js';
import type { TemplateWriter } from '../contracts/template-writer.js';
import { displayPath } from '../display-path.js';
import { readUnitList } from '../input/unit-list/read-unit-list.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../report/atomic-write.js';
import { templateFormats, type TemplateFormat } from '../report/template/formats.js';
import { loadRubricSource } from './rubric-source.js';

export type UnitTemplates = {
    rubric: string;
    units: string;
    format: TemplateFormat;
    /** The folder the templates go to. */
    output: string;
    force: boolean;
    root?: string[];
    locale: Locale;
};

/**
 * `rubric template R --units LIST -o DIR`: one template per listed unit, its header pre-filled, named
 * after the unit's id. Every target is checked before the first is written: an existing file stops the
 * run unless --force, so a folder of returned answers is never overwritten by accident.
 */
export async function writeUnitTemplates(run: UnitTemplates, io: CliIo): Promise<number> {
    const { locale } = run;
    const source = await loadRubricSource(run.rubric, locale, io, run.root);
    const units = await readUnitList(run.units, source.rubric.unitType, locale);
    if (fs.existsSync(run.output) && !fs.statSync(run.output).isDirectory()) {
        throw new CliError(text(locale, 'outputNotAFolder', { file: displayPath(run.output) }));
    }
    const targets = new Map<string, string>();
    for (const unit of units) {
        const name = `${fileNameOf(unit.id)}.${run.format}`;
        const other = targets.get(name.toLowerCase());
        if (other !== undefined) throw new CliError(text(locale, 'unitFileNameClash', { file: name, id: unit.id, other }));
        targets.set(name.toLowerCase(), unit.id);
    }
    const files = units.map((unit) => path.join(run.output, `${fileNameOf(unit.id)}.${run.format}`));
    const existing = files.filter((file) => fs.existsSync(file));
    if (existing.length > 0 && !run.force) {
        throw new CliError(text(locale, 'templatesExist', { count: existing.length, files: existing.map(displayPath).join(', ') }));
    }
    for (const file of files) refuseOverwritingInputs(file, [...source.files, run.units], locale);
    const write = await loadFormat<TemplateWriter>(templateFormats, run.format);
    fs.mkdirSync(run.output, { recursive: true });
    for (let i = 0; i < units.length; i++) {
        const { place: _place, ...unit } = units[i];
        writeFileAtomically(files[i], await write(source.rubric, locale, unit), locale);
    }
    io.stderr.write(text(locale, 'templatesWritten', { count: units.length, folder: displayPath(run.output) }) + '\n');
    return 0;
}

/** A unit id as a file name: letters, digits, dot, dash and underscore kept, anything else a dash. */
function fileNameOf(id: string): string {
    const name = id.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '');
    return name === '' ? 'unit' : name;
}
