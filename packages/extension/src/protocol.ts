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

/** A place in a file the preview links to: a rubric node, or the value of an assessment a problem is about. */
export type SourceTarget = { uri: string; line: number; character: number };

/** An item under a criterion's row: its points and, when it lost any, why. */
export type ScoreItem = { code: string; title: string; points: string; max: string; reason: string; lost: boolean; target?: SourceTarget };

/** One row of the preview: a field (depth 0) or a criterion (depth 1) with its points as the user reads them ("17,64/18,5"). */
export type ScoreRow = {
    code: string;
    title: string;
    depth: number;
    points: string;
    max: string;
    applicable: boolean;
    /** The rubric line of the node. */
    target?: SourceTarget;
    /** The leaves below the row that no shown row holds, for the drill-down. */
    items: ScoreItem[];
};

/** The preview's words, in the language of `parRubric.language` as the server speaks it. */
export type PreviewLabels = {
    total: string;
    index: string;
    grade: string;
    adjustments: string;
    code: string;
    title: string;
    points: string;
    notApplicable: string;
    warnings: string;
    why: string;
};

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
    /** Said when points are still to come (survey, council): grade and total may change. */
    provisional?: string;
    /** What `rubric score` warns of (no hash, another version of the rubric). */
    warnings: ScoreProblem[];
    labels: PreviewLabels;
};

/** A problem as `rubric score` prints it ("file:12:5: items["1.1.1"].choice: …"), with its place to open. */
export type ScoreProblem = { text: string; target?: SourceTarget };

/**
 * Scored, or refused: why, and the heading above the problems ("This assessment cannot be scored yet"); `title`
 * is the panel's ("Score: song-cau.yaml"). All in the server's language.
 */
export type ScoreResult = ({ ok: true; view: ScoreView } | { ok: false; problems: ScoreProblem[]; heading: string }) & { title: string };

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
