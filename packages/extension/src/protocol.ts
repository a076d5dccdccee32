/**
 * The requests the extension sends its language server besides LSP's own: the server holds every rubric
 * as the user is typing it (saved or not), so compiling, exporting and scoring run there.
 */
export type Locale = 'vi' | 'en';

/** What the client sends in LSP `initialize`'s initializationOptions. */
export type RubricInitializationOptions = { locale: Locale };

export type CompileParams = { uri: string };
export type CompileResult =
    | { ok: true; rubricId: string; json: string }
    | { ok: false; problem: string };

export type AnnexFormat = 'md' | 'html';
export type ExportAnnexParams = { uri: string; format: AnnexFormat };
export type ExportAnnexResult = { ok: true; text: string } | { ok: false; problem: string };

/** The assessment as the editor has it; `rubricUri` when the user picked the rubric, else found by id. */
export type ScoreParams = { assessment: { uri: string; text: string }; rubricUri?: string };

/** One row of the preview: a field (depth 0) or a criterion (depth 1) with its points as the user reads them ("17,64/18,5"). */
export type ScoreRow = { code: string; title: string; depth: number; points: string; max: string; applicable: boolean };

export type ScoreView = {
    rubricUri: string;
    rubricTitle: string;
    unitName: string;
    rows: ScoreRow[];
    /** total over the applicable maximum ("73,34/100"), index in percent and grade as displayed */
    total: string;
    max: string;
    index: string;
    grade: string;
    adjustments: string;
    notes: string[];
};

export type ScoreResult = { ok: true; view: ScoreView } | { ok: false; problems: string[] };

/** Two rubrics to compare; the server puts the one of the earlier year first (the chosen one when the years agree). */
export type DiffParams = { rubric: string; other: string };
export type DiffResult = { ok: true; markdown: string } | { ok: false; problem: string };

/** A table file (.xlsx, .csv, .docx) on disk, to turn into a rubric as `rubric import` does. */
export type ImportTableParams = { path: string };
export type ImportTableResult = { ok: true; rubric: string; findings: string[]; summary: string } | { ok: false; problem: string };

/**
 * The client's command that opens a section of the language reference bundled with the extension; the
 * server's keyword hovers link to it with the arguments [locale, anchor].
 */
export const SHOW_REFERENCE_COMMAND = 'parRubric.showReference';
export type ShowReferenceArguments = [locale?: Locale, anchor?: string];

export const RubricRequests = {
    compile: 'parRubric/compile',
    exportAnnex: 'parRubric/exportAnnex',
    score: 'parRubric/score',
    diff: 'parRubric/diff',
    importTable: 'parRubric/importTable',
} as const;
