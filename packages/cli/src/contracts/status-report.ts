import type { CompiledRubric, Locale } from '@par-rubric/language';

/** Where a unit stands in the round: no file yet, a file that cannot be read, answers still missing, or all given. */
type UnitState = 'missing' | 'unreadable' | 'incomplete' | 'complete';

/** One unit's progress; figures are exact decimals as JSON numbers. */
export type UnitStatus = {
    id: string;
    name: string;
    group?: string;
    /** As printed in messages; null when no file was found for a listed unit. */
    file: string | null;
    state: UnitState;
    /** Items the unit answers itself (every applicable leaf but the survey's), and how many have an answer. */
    required: number;
    answered: number;
    /** Items whose required documents are not all supplied (and no accepted explanation stands in). */
    evidenceMissing: number;
    /** The self-assessed total so far; null before any self score. */
    selfTotal: number | null;
    /** Items the council has not appraised yet. */
    awaitingAppraisal: number;
    /** Points still waiting for the survey or the council's judgement. */
    pendingPoints: number;
    /** Problems in the file other than unanswered items (wrong outcome, score off the step…). */
    problems: number;
    /** Why an unreadable file cannot be read: its first problem. */
    reason?: string;
};

/** The whole round in one line. */
type RoundStatus = {
    units: number;
    filesFound: number;
    missing: number;
    unreadable: number;
    incomplete: number;
    complete: number;
    required: number;
    answered: number;
    evidenceMissing: number;
};

export type StatusReport = { rubric: CompiledRubric; units: UnitStatus[]; round: RoundStatus; locale: Locale };

export type StatusWriter = (report: StatusReport) => string | Promise<Uint8Array>;
