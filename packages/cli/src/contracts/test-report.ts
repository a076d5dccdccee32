import type { Locale } from '@par-rubric/language';

/** What a failing comparison is about: a node's score, one of the unit's figures, the problems or a reason. */
export type MismatchSubject = 'score' | 'total' | 'index' | 'grade' | 'bonus' | 'penalty' | 'problems' | 'reason';

/** One expectation of a case that the engine did not meet; figures as the test file writes them (73.34). */
export type Mismatch = {
    subject: MismatchSubject;
    /** The node a score or reason is about. */
    code?: string;
    expected: string;
    actual: string;
    /** Why the engine gave what it gave: the reason of the rule that fired, or the figures a total is made of. */
    because?: string;
    /** Where the expectation is written in the test file (1-based). */
    line: number;
    column: number;
};

export type CaseResult = {
    name: string;
    line: number;
    column: number;
    mismatches: Mismatch[];
};

export type TestFileResult = {
    /** As printed in messages. */
    file: string;
    rubric: string;
    cases: CaseResult[];
};

/** What every `rubric test` writer reads. */
export type TestReport = { files: TestFileResult[]; locale: Locale };

export type TestWriter = (report: TestReport) => string;
