import * as fs from 'node:fs';
import type { Locale } from '@par-rubric/language';
import { toNumber } from '@par-rubric/language';
import { prepareRubric, ProblemCodes, scoreAssessment, type UnitScore } from '@par-rubric/language/scoring';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CliIo } from '../contracts/cli-io.js';
import { loadFormat } from '../contracts/format-registry.js';
import type { StatusWriter, UnitStatus } from '../contracts/status-report.js';
import { ASSESSMENT_EXTENSIONS } from '../input/assessment/formats.js';
import { AssessmentInputError, formatProblem } from '@par-rubric/language/assessment-input';
import { readAssessmentFile } from '../input/assessment/read-assessment.js';
import { collectFiles } from '../input/rubric-paths.js';
import { readUnitList } from '../input/unit-list/read-unit-list.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../report/atomic-write.js';
import { statusFormats, type StatusFormat } from '../report/status/formats.js';
import { terminalText } from '../safe-text/terminal.js';
import { loadRubricSource } from './rubric-source.js';

export type RoundStatusRun = {
    rubric: string;
    /** Folders or files of returned assessments. */
    paths: string[];
    units?: string;
    format: StatusFormat;
    output?: string;
    root?: string[];
    locale: Locale;
};

/**
 * `rubric status R DIR`: per unit, whether its file came back and how far it is filled in; with a unit
 * list, the units without a file too. A file for no listed unit, or a second file for one unit, is named
 * on stderr and makes the exit code 1; missing or half-filled files are progress, not errors.
 */
export async function roundStatus(run: RoundStatusRun, io: CliIo): Promise<number> {
    const { locale } = run;
    if (run.format === 'xlsx' && !run.output) throw new CliError(text(locale, 'binaryNeedsOutput', { format: 'xlsx' }));
    const source = await loadRubricSource(run.rubric, locale, io, run.root);
    const listed = run.units ? await readUnitList(run.units, source.rubric.unitType, locale) : undefined;
    const files = collectFiles(run.paths, Object.keys(ASSESSMENT_EXTENSIONS), locale);
    if (run.output) refuseOverwritingInputs(run.output, [...source.files, ...files, ...(run.units ? [run.units] : [])], locale);
    const plan = prepareRubric(source.rubric);
    const findings: string[] = [];
    const byUnit = new Map<string, UnitStatus>();
    const unreadable: UnitStatus[] = [];
    for (const file of files) {
        if (!fs.statSync(file).isFile()) continue;
        try {
            const loaded = await readAssessmentFile(file, source.rubric, locale);
            const { id } = loaded.assessment.unit;
            const other = byUnit.get(id);
            if (other) {
                findings.push(`${loaded.file}: ${text(locale, 'statusTwoFiles', { id, other: other.file! })}`);
                continue;
            }
            byUnit.set(id, unitStatus(scoreAssessment(plan, loaded.assessment), loaded.file));
        } catch (error) {
            if (!(error instanceof AssessmentInputError)) throw error;
            const first = error.problems[0];
            unreadable.push({ ...EMPTY, id: first.file, name: '', file: first.file, state: 'unreadable', reason: terminalText(formatProblem(first).slice(first.file.length + 2)) });
        }
    }
    let units: UnitStatus[];
    if (listed) {
        const known = new Set(listed.map((u) => u.id));
        for (const status of byUnit.values()) {
            if (!known.has(status.id)) findings.push(`${status.file}: ${text(locale, 'statusUnlisted', { id: status.id, list: run.units! })}`);
        }
        units = listed.map((u) => {
            const found = byUnit.get(u.id);
            const named = { id: u.id, name: u.name, ...(u.group ? { group: u.group } : {}) };
            return found ? { ...found, ...named } : { ...EMPTY, ...named, file: null, state: 'missing' as const };
        });
    } else {
        units = [...byUnit.values()];
    }
    units.push(...unreadable);
    if (units.length === 0) throw new CliError(text(locale, 'noAssessmentFiles'));
    const count = (state: UnitStatus['state']): number => units.filter((u) => u.state === state).length;
    const round = {
        units: units.length,
        filesFound: units.filter((u) => u.file !== null).length,
        missing: count('missing'),
        unreadable: count('unreadable'),
        incomplete: count('incomplete'),
        complete: count('complete'),
        required: units.reduce((n, u) => n + u.required, 0),
        answered: units.reduce((n, u) => n + u.answered, 0),
        evidenceMissing: units.reduce((n, u) => n + u.evidenceMissing, 0),
    };
    const content = await (await loadFormat<StatusWriter>(statusFormats, run.format))({ rubric: source.rubric, units, round, locale });
    if (run.output) writeFileAtomically(run.output, content, locale);
    else if (typeof content === 'string') io.stdout.write(content);
    if (findings.length > 0) io.stderr.write(terminalText(findings.join('\n')) + '\n');
    return findings.length > 0 ? ExitCode.Findings : ExitCode.Success;
}

const EMPTY = { required: 0, answered: 0, evidenceMissing: 0, selfTotal: null, awaitingAppraisal: 0, pendingPoints: 0, problems: 0 };

/** What the unit's file gives so far: an item is answered when its rule has what it needs or the unit scored it. */
function unitStatus(score: UnitScore, file: string): UnitStatus {
    let required = 0;
    let answered = 0;
    let evidenceMissing = 0;
    let awaitingAppraisal = 0;
    for (const leaf of score.leaves) {
        if (leaf.source === 'notApplicable' || leaf.source === 'survey' || (leaf.pending && leaf.detail.kind === 'survey')) continue;
        required++;
        if (leaf.computed !== undefined || leaf.self !== undefined || leaf.appraised !== undefined) answered++;
        if (leaf.missingEvidence.length > 0 && !leaf.explained) evidenceMissing++;
        if (leaf.appraised === undefined) awaitingAppraisal++;
    }
    const problems = score.problems.filter((p) => p.code !== ProblemCodes.MissingAnswer).length;
    return {
        id: score.unit.id,
        name: score.unit.name,
        ...(score.unit.group ? { group: score.unit.group } : {}),
        file,
        state: answered === required && problems === 0 ? 'complete' : 'incomplete',
        required,
        answered,
        evidenceMissing,
        selfTotal: score.selfTotal === undefined ? null : toNumber(score.selfTotal),
        awaitingAppraisal,
        pendingPoints: toNumber(score.pendingPoints),
        problems,
    };
}
