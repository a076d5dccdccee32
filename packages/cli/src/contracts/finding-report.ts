import type { Locale } from '@par-rubric/language';

/** One validation finding as every output format sees it (lines and columns 1-based). */
export type Finding = {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info';
    code: string;
    message: string;
};

/**
 * What a findings writer reads: the findings, every file checked (with or without findings), and whether
 * warnings fail too (`rubric check --strict`).
 */
export type FindingReport = {
    findings: Finding[];
    files: string[];
    locale: Locale;
    strict?: boolean;
    /** The project's web address, for formats that link each code to its section of the language reference. */
    home?: string;
};

export type FindingWriter = (report: FindingReport) => string;
