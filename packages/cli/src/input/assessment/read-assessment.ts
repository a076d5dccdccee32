import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invalidUtf8Position, type Assessment, type CompiledRubric, type Locale } from '@par-rubric/language';
import { ExitCode } from '../../cli-error.js';
import { displayPath } from '../../display-path.js';
import { text } from '../../cli-text.js';
import { AssessmentInputError, checkAssessmentDocument, type CheckedDocument, type LocationMap, MAX_FILE_BYTES, type ParsedDocument } from '@par-rubric/language/assessment-input';
import { loadFormat } from '../../contracts/format-registry.js';
import type { AssessmentReader } from './assessment-reader.js';
import { ASSESSMENT_EXTENSIONS, assessmentFormats } from './formats.js';

type AssessmentFormat = keyof typeof assessmentFormats;

/** An assessment that passed the schema, with where each of its values came from. */
export type LoadedAssessment = {
    /** As printed in messages: relative to the working folder. */
    file: string;
    assessment: Assessment;
    locations: LocationMap;
    /** SHA-256 of the file's bytes: a batch that reads a file twice knows whether it changed between. */
    digest: string;
};

/** A loaded assessment with the mistakes found on the way, for a caller that reports them with its own. */
export type CheckedAssessment = LoadedAssessment & CheckedDocument;

/**
 * Reads one assessment file of any accepted kind and checks it against the assessment schema. Throws
 * AssessmentInputError with every problem found, each with its file, line and column (or cell) and JSON
 * path: exit 2 when the file cannot be read, exit 1 when its content is wrong.
 */
export async function readAssessmentFile(file: string, rubric: CompiledRubric | undefined, locale: Locale): Promise<LoadedAssessment> {
    const checked = await checkAssessmentFile(file, rubric, locale);
    if (checked.problems.length > 0) throw new AssessmentInputError(checked.problems);
    return { file: checked.file, assessment: checked.assessment, locations: checked.locations, digest: checked.digest };
}

/**
 * Reads one assessment file and gives what of it is an assessment, with every mistake found so far: a
 * value of the wrong type is listed and left out, and the rest is still an assessment the scoring engine
 * can check, so that a file's type errors, unknown choices, scores off their step and missing answers all
 * show in one run. Throws AssessmentInputError only when no assessment can be made of the file at all
 * (not readable, not well-formed, or without what every assessment needs).
 */
export async function checkAssessmentFile(file: string, rubric: CompiledRubric | undefined, locale: Locale): Promise<CheckedAssessment> {
    const shown = displayPath(file);
    const bytes = readBytes(file, shown, locale);
    const document = await parseDocument(bytes, path.extname(file).toLowerCase(), shown, rubric, locale);
    const checked = checkAssessmentDocument(document, shown, locale);
    return { file: shown, ...checked, locations: document.locations, digest: digestOf(bytes) };
}

/** SHA-256 of a file's bytes as `checkAssessmentFile` gives it: whether the file is still the one read before. */
export function fileDigest(file: string, locale: Locale): string {
    return digestOf(readBytes(file, displayPath(file), locale));
}

function digestOf(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
}

function readBytes(file: string, shown: string, locale: Locale): Uint8Array {
    const ioError = (message: string): AssessmentInputError =>
        new AssessmentInputError([{ file: shown, message }], ExitCode.UsageOrIo);
    let stat: fs.Stats;
    try {
        stat = fs.statSync(file);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw ioError(code === 'ENOENT' ? text(locale, 'noSuchPath') : text(locale, 'cannotRead', { reason: String(code ?? error) }));
    }
    if (!stat.isFile()) throw ioError(text(locale, 'cannotRead', { reason: 'EISDIR' }));
    if (stat.size > MAX_FILE_BYTES) {
        throw new AssessmentInputError([
            {
                file: shown,
                message: text(locale, 'fileTooLarge', { size: (stat.size / 1048576).toFixed(1), limit: MAX_FILE_BYTES / 1048576 }),
            },
        ]);
    }
    try {
        return fs.readFileSync(file);
    } catch (error) {
        throw ioError(text(locale, 'cannotRead', { reason: String((error as NodeJS.ErrnoException).code ?? error) }));
    }
}

async function parseDocument(
    bytes: Uint8Array,
    extension: string,
    file: string,
    rubric: CompiledRubric | undefined,
    locale: Locale,
): Promise<ParsedDocument> {
    const decoded = () => {
        const source = decodeText(bytes, file, locale);
        if (source.trim() === '') {
            throw new AssessmentInputError([{ file, location: { kind: 'text', line: 1, column: 1 }, message: text(locale, 'emptyFile') }]);
        }
        return source;
    };
    const format = (ASSESSMENT_EXTENSIONS as Record<string, AssessmentFormat | undefined>)[extension];
    if (format === undefined) {
        // an empty or undecodable file says so before its kind is questioned
        decoded();
        throw new AssessmentInputError([{ file, message: text(locale, 'unknownAssessmentType') }], ExitCode.UsageOrIo);
    }
    const read = await loadFormat<AssessmentReader>(assessmentFormats, format);
    return read({ file, bytes, text: decoded, rubric, locale });
}

/** Strict UTF-8; a byte-order mark (Excel writes one into CSV) is dropped, not an error. */
function decodeText(bytes: Uint8Array, file: string, locale: Locale): string {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        const location = { kind: 'text' as const, ...invalidUtf8Position(bytes) };
        throw new AssessmentInputError([{ file, location, message: text(locale, 'notUtf8') }]);
    }
}
