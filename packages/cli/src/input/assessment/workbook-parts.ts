import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { boundedZipParts, type ZipPartMessages } from '../zip-parts.js';
import { AssessmentInputError } from '@par-rubric/language/assessment-input';
import { withoutCellRanges } from './sheet-ranges.js';
import { storedZip } from './zip-archive.js';

/**
 * The parts the workbook reader uses for cells, their text, number formats and links, and the few a
 * sheet's relationships make it look up. Media, themes and document properties are never inflated.
 */
const NEEDED_PARTS = [
    /^\[Content_Types\]\.xml$/,
    /^_rels\/\.rels$/,
    /^xl\/workbook\.xml$/,
    /^xl\/_rels\/workbook\.xml\.rels$/,
    /^xl\/sharedStrings\.xml$/,
    /^xl\/styles\.xml$/,
    /^xl\/worksheets\/sheet\d+\.xml$/,
    /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
    /^xl\/comments\d+\.xml$/,
    /^xl\/tables\/table\d+\.xml$/,
    /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
    /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/,
];

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

function workbookMessages(locale: Locale): ZipPartMessages {
    return {
        notZip: () => text(locale, 'xlsxNotZip'),
        encrypted: () => text(locale, 'xlsxEncrypted'),
        partTooLarge: (part, size, limit) => text(locale, 'xlsxPartTooLarge', { part, size, limit }),
        partsTooLarge: (size, limit) => text(locale, 'xlsxPartsTooLarge', { size, limit }),
        partRatio: (part, ratio, limit) => text(locale, 'xlsxPartRatio', { part, ratio, limit }),
        partExceedsDeclared: (part, size) => text(locale, 'xlsxPartExceedsDeclared', { part, size }),
        partSizeMismatch: (part, size) => text(locale, 'xlsxPartSizeMismatch', { part, size }),
        partDamaged: (part) => text(locale, 'xlsxPartDamaged', { part }),
    };
}

/**
 * The workbook reduced to the parts a sheet reader needs, within the limits of `boundedZipParts`, as an
 * uncompressed archive for the workbook reader, its sheets without the ranges no reader uses (merges, data
 * validations); every refusal is one message.
 */
export function neededWorkbookParts(bytes: Uint8Array, file: string, locale: Locale): Uint8Array {
    const refuse = (message: string): AssessmentInputError => new AssessmentInputError([{ file, message }]);
    const parts = boundedZipParts(bytes, NEEDED_PARTS, workbookMessages(locale), refuse);
    return storedZip(parts.map((part) => (WORKSHEET.test(part.name.replace(/^\//, '')) ? { ...part, data: withoutCellRanges(part.data) } : part)));
}
