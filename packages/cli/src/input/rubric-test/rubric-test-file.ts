import * as path from 'node:path';
import { fromNumber, type Fixed, type Locale } from '@par-rubric/language';
import { text, type TextKey } from '../../cli-text.js';
import { displayPath } from '../../display-path.js';
import { AssessmentInputError, type LocationMap, readYamlDocument, type SourceProblem, type ValuePath } from '@par-rubric/language/assessment-input';
import { readInputText } from '../read-input-text.js';

/** The answer keys a case may give, exactly as an assessment gives them. */
const ANSWER_KEYS = ['metrics', 'items', 'survey', 'bonuses', 'penalties', 'notApplicable'] as const;

const FILE_KEYS = ['rubric', 'cases'];
const CASE_KEYS = ['name', 'assessment', ...ANSWER_KEYS, 'expect'];
const EXPECT_KEYS = ['scores', 'total', 'index', 'grade', 'bonus', 'penalty', 'problems', 'reasons'];

/** What a case says the engine must give; only what is stated is compared. */
type Expectation = {
    /** Node code (field, criterion or item) → its score. */
    scores: Map<string, Fixed>;
    total?: Fixed;
    index?: Fixed;
    grade?: string;
    bonus?: Fixed;
    penalty?: Fixed;
    /** The codes of the problems the answers must raise (none when stated as an empty list). */
    problems?: string[];
    /** Node code → a text the reason of its score must contain, in either language. */
    reasons: Map<string, string>;
};

export type RubricTestCase = {
    name: string;
    /** Where the case sits in the test file: ["cases", n]. */
    path: ValuePath;
    /** An assessment file (absolute) whose answers the case starts from. */
    assessment?: string;
    /** The case's own answers, by assessment key; they replace or add to the assessment file's. */
    answers: Record<string, unknown>;
    expect: Expectation;
};

/** Which rubric a test file tests: a file (absolute), or a rubric id to find among the .rubric files beside it. */
type RubricReference = { file: string } | { id: string; folder: string };

export type RubricTestFile = {
    /** As printed in messages. */
    file: string;
    rubric: RubricReference;
    /** Where `rubric:` is written, to place a message about it. */
    rubricPath: ValuePath;
    cases: RubricTestCase[];
    locations: LocationMap;
};

/** Thrown with every mistake of one test file, each at its line and column. */
export class TestFileError extends Error {
    constructor(readonly problems: SourceProblem[]) {
        super(problems.map((p) => p.message).join('\n'));
    }
}

/**
 * Reads a `*.rubric-test.yaml` file: which rubric it tests (`rubric:`, a path relative to the file or a
 * rubric id; by default the .rubric file of the same name beside it) and its cases. The shape is checked
 * here, every mistake reported at its place; whether codes and answers fit the rubric is checked once
 * the rubric is loaded.
 */
export function readRubricTestFile(file: string, locale: Locale): RubricTestFile {
    const shown = displayPath(file);
    const source = readInputText(file, shown, locale);
    let document;
    try {
        document = readYamlDocument(source, shown, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) throw new TestFileError(error.problems);
        throw error;
    }
    const { value, locations } = document;
    const problems: SourceProblem[] = [];
    const fail = (at: ValuePath, key: TextKey, params: Record<string, string | number> = {}): void => {
        problems.push({ file: shown, location: locations.nearest(at), path: at, message: text(locale, key, params as never) });
    };

    if (!isRecord(value)) {
        fail([], 'testFileNotMapping');
        throw new TestFileError(problems);
    }
    unknownKeys(value, [], FILE_KEYS, fail);
    const folder = path.dirname(file);
    let rubric: RubricReference = { file: path.join(folder, path.basename(file).replace(/\.rubric-test\.ya?ml$/i, '.rubric')) };
    if (value.rubric !== undefined) {
        if (typeof value.rubric !== 'string' || value.rubric.trim() === '') fail(['rubric'], 'testRubricNotText');
        else rubric = /\.(rubric|json)$/i.test(value.rubric) ? { file: path.resolve(folder, value.rubric) } : { id: value.rubric, folder };
    }
    const cases: RubricTestCase[] = [];
    if (!Array.isArray(value.cases) || value.cases.length === 0) {
        fail(value.cases === undefined ? [] : ['cases'], 'testCasesMissing');
    } else {
        const names = new Map<string, number>();
        value.cases.forEach((entry, index) => {
            const read = readCase(entry, ['cases', index], folder, fail);
            if (!read) return;
            const other = names.get(read.name);
            if (other !== undefined) fail([...read.path, 'name'], 'testDuplicateName', { name: read.name, other: other + 1 });
            else names.set(read.name, index);
            cases.push(read);
        });
    }
    if (problems.length > 0) throw new TestFileError(problems);
    return { file: shown, rubric, rubricPath: ['rubric'], cases, locations };
}

type Fail = (at: ValuePath, key: TextKey, params?: Record<string, string | number>) => void;

function readCase(entry: unknown, at: ValuePath, folder: string, fail: Fail): RubricTestCase | undefined {
    if (!isRecord(entry)) {
        fail(at, 'testCaseNotMapping');
        return undefined;
    }
    unknownKeys(entry, at, CASE_KEYS, fail);
    const name = typeof entry.name === 'string' && entry.name.trim() !== '' ? entry.name : undefined;
    if (name === undefined) fail(entry.name === undefined ? at : [...at, 'name'], 'testCaseNameMissing');
    let assessment: string | undefined;
    if (entry.assessment !== undefined) {
        if (typeof entry.assessment === 'string' && entry.assessment.trim() !== '') assessment = path.resolve(folder, entry.assessment);
        else fail([...at, 'assessment'], 'testAssessmentNotText');
    }
    const answers: Record<string, unknown> = {};
    for (const key of ANSWER_KEYS) if (entry[key] !== undefined) answers[key] = entry[key];
    const expect = entry.expect === undefined ? (fail(at, 'testExpectMissing'), undefined) : readExpectation(entry.expect, [...at, 'expect'], fail);
    if (name === undefined || expect === undefined) return undefined;
    return { name, path: at, assessment, answers, expect };
}

function readExpectation(value: unknown, at: ValuePath, fail: Fail): Expectation | undefined {
    if (!isRecord(value)) {
        fail(at, 'testExpectNotMapping');
        return undefined;
    }
    unknownKeys(value, at, EXPECT_KEYS, fail);
    if (!EXPECT_KEYS.some((key) => value[key] !== undefined)) {
        fail(at, 'testExpectEmpty');
        return undefined;
    }
    const points = (key: string): Fixed | undefined => {
        const given = value[key];
        if (given === undefined) return undefined;
        const read = typeof given === 'number' ? fromNumber(given) : undefined;
        if (read === undefined) fail([...at, key], 'testNotPoints');
        return read;
    };
    const expect: Expectation = {
        scores: codeMap(value.scores, [...at, 'scores'], fail, (entry, where) => {
            const read = typeof entry === 'number' ? fromNumber(entry) : undefined;
            if (read === undefined) fail(where, 'testNotPoints');
            return read;
        }),
        total: points('total'),
        index: points('index'),
        bonus: points('bonus'),
        penalty: points('penalty'),
        reasons: codeMap(value.reasons, [...at, 'reasons'], fail, (entry, where) => {
            if (typeof entry === 'string' && entry.trim() !== '') return entry;
            fail(where, 'testReasonNotText');
            return undefined;
        }),
    };
    if (value.grade !== undefined) {
        if (typeof value.grade === 'string' && value.grade !== '') expect.grade = value.grade;
        else fail([...at, 'grade'], 'testGradeNotText');
    }
    if (value.problems !== undefined) {
        if (Array.isArray(value.problems) && value.problems.every((code) => typeof code === 'string')) expect.problems = value.problems as string[];
        else fail([...at, 'problems'], 'testProblemsNotList');
    }
    return expect;
}

/** A mapping from node codes to values; a plain YAML key keeps its spelling, so `3.10:` is the code 3.10. */
function codeMap<T>(value: unknown, at: ValuePath, fail: Fail, read: (entry: unknown, at: ValuePath) => T | undefined): Map<string, T> {
    const result = new Map<string, T>();
    if (value === undefined) return result;
    if (!isRecord(value)) {
        fail(at, 'testNotCodeMap');
        return result;
    }
    for (const [code, entry] of Object.entries(value)) {
        const parsed = read(entry, [...at, code]);
        if (parsed !== undefined) result.set(code, parsed);
    }
    return result;
}

function unknownKeys(value: Record<string, unknown>, at: ValuePath, allowed: readonly string[], fail: Fail): void {
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key)) fail([...at, key], 'testUnknownKey', { key, allowed: allowed.join(', ') });
    }
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
