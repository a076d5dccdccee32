import {
    adjustmentChangeText,
    diffText,
    documentChangeText,
    evidenceChangeText,
    gradeChangeText,
    headerChangeText,
    kindText,
    otherChangeText,
    scoringChangeText,
    type NodeEntry,
    type RubricDiff,
} from '@par-rubric/language/diff';
import { formatFixed, fromNumber, ZERO, type Locale } from '@par-rubric/language';

/** One line of a section, with the facts under it (a node's scoring and evidence changes). */
type DiffLine = { text: string; details: string[] };

type DiffTable = { head: string[]; rows: string[][] };

/** A part of the diff as every text format lays it out: a heading and its lines; where the figures read better in columns (md, html), a table too. */
export type DiffSection = { title: string; lines: DiffLine[]; table?: DiffTable };

function exact(value: number) {
    return fromNumber(value) ?? ZERO;
}

function capitalised(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}

function entryLine(entry: NodeEntry, locale: Locale): DiffLine {
    const kind = kindText(entry.kind, locale);
    const text = diffText(locale, 'entry', { kind: capitalised(kind), code: entry.code, title: entry.title, max: exact(entry.max) });
    return { text: entry.descendants > 0 ? text + diffText(locale, 'withDescendants', { count: entry.descendants }) : text, details: [] };
}

/**
 * The diff in reading order, in words: header settings, what was added, removed, renumbered and
 * re-weighted, then per node its scoring, evidence and wording changes, and last the rubric-wide lists.
 * Sections without a change are left out.
 */
export function diffSections(diff: RubricDiff, locale: Locale): DiffSection[] {
    const sections: DiffSection[] = [
        { title: diffText(locale, 'sectionHeader'), lines: diff.header.map((change) => ({ text: headerChangeText(change, locale), details: [] })) },
        { title: diffText(locale, 'sectionAdded'), lines: diff.added.map((entry) => entryLine(entry, locale)) },
        { title: diffText(locale, 'sectionRemoved'), lines: diff.removed.map((entry) => entryLine(entry, locale)) },
        {
            title: diffText(locale, 'sectionMoved'),
            lines: diff.moved.map((move) => {
                return { text: diffText(locale, 'move', { ...move, kind: capitalised(kindText(move.kind, locale)) }), details: [] };
            }),
        },
        {
            title: diffText(locale, 'sectionReweighted'),
            lines: diff.reweighted.map((r) => ({
                text: diffText(locale, 'reweight', { code: r.after, title: r.title, before: exact(r.maxBefore), after: exact(r.maxAfter), shareBefore: exact(r.shareBefore), shareAfter: exact(r.shareAfter) }),
                details: [],
            })),
            table: {
                head: (['columnCode', 'columnTitle', 'columnBefore', 'columnAfter', 'columnShareBefore', 'columnShareAfter'] as const).map((key) => diffText(locale, key)),
                rows: diff.reweighted.map((r) => [
                    r.before === r.after ? r.after : `${r.before} → ${r.after}`,
                    r.title,
                    formatFixed(exact(r.maxBefore), locale),
                    formatFixed(exact(r.maxAfter), locale),
                    `${formatFixed(exact(r.shareBefore), locale)}%`,
                    `${formatFixed(exact(r.shareAfter), locale)}%`,
                ]),
            },
        },
        {
            title: diffText(locale, 'sectionNodes'),
            lines: diff.nodes.map((node) => ({
                text: diffText(locale, 'nodeHeading', { code: node.after, title: node.title }) + (node.before !== node.after ? diffText(locale, 'renumberedFrom', { code: node.before }) : ''),
                details: [
                    ...node.other.map((change) => otherChangeText(change, locale)),
                    ...node.scoring.map((change) => scoringChangeText(change, locale)),
                    ...node.evidence.map((change) => evidenceChangeText(change, locale)),
                ],
            })),
        },
        { title: diffText(locale, 'sectionDocuments'), lines: diff.documents.map((change) => ({ text: documentChangeText(change, locale), details: [] })) },
        { title: diffText(locale, 'sectionGrades'), lines: diff.grades.map((change) => ({ text: gradeChangeText(change, locale), details: [] })) },
        { title: diffText(locale, 'sectionAdjustments'), lines: diff.adjustments.map((change) => ({ text: adjustmentChangeText(change, locale), details: [] })) },
    ];
    return sections.filter((section) => section.lines.length > 0);
}

/** "PAR_HUYEN_2022 (2022) → PAR_HUYEN_2023 (2023)". */
export function diffHeading(diff: RubricDiff): string {
    return `${diff.before.id} (${diff.before.year}) → ${diff.after.id} (${diff.after.year})`;
}

