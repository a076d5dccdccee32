// The robustness tests' sandbox: a worker thread that parses, links, validates and compiles rubrics and
// scores assessments with the built language package. The test side (guarded-worker.ts) gives each input
// a deadline and terminates this thread when it is missed, so a hang fails one test instead of the run.
// Plain JavaScript on purpose: a worker thread cannot load TypeScript; it tests what `npm run build` made.
import { CompileError, compileDocument, createRubricServices } from '@par-rubric/language';
import { parseAssessment, prepareRubric, scoreAssessment } from '@par-rubric/language/scoring';
import { EmptyFileSystem, URI } from 'langium';
import { parentPort } from 'node:worker_threads';

const { shared, Rubric } = createRubricServices(EmptyFileSystem);
Rubric.i18n.locale = 'en';
const factory = shared.workspace.LangiumDocumentFactory;
const documents = shared.workspace.LangiumDocuments;
const builder = shared.workspace.DocumentBuilder;
let serial = 0;

// Langium catches an exception inside a check, logs it and turns it into a diagnostic that the syntax
// consolidation may then hide: the log is where a crash shows for sure, so collect it.
let logged = [];
console.error = (...args) => {
    logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(' '));
};

/** A thrown value as text with its stack: the test prints it as the crash it is. */
const describe = (error) => (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error));

/**
 * Builds the files (the first is the one checked; the rest sit beside it for its imports) and reports the
 * first file's diagnostics with its line lengths, so the test can check every range against the text.
 * Compiles the rubric when it has no errors: compiling a valid rubric must never fail.
 */
async function checkRubric({ files, compile }) {
    const folder = `/fuzz/${serial++}`;
    logged = [];
    const built = files.map((file) => factory.fromString(file.text, URI.file(`${folder}/${file.path}`)));
    try {
        for (const document of built) documents.addDocument(document);
        await builder.build(built, { validation: true });
        const main = built[0];
        const diagnostics = (main.diagnostics ?? []).map((d) => ({
            range: d.range,
            code: d.code,
            severity: d.severity,
            message: typeof d.message === 'string' ? d.message : d.message.value,
        }));
        const hasRubric = main.parseResult.value.rubrics?.length > 0;
        let compiled;
        let compileError;
        if (compile && !diagnostics.some((d) => d.severity === 1)) {
            try {
                compiled = compileDocument(main, documents);
            } catch (error) {
                // a CompileError is the compiler's own refusal (e.g. a file of shared definitions only)
                if (!(error instanceof CompileError)) throw error;
                compileError = error.message;
            }
        }
        return { diagnostics, hasRubric, compiled, compileError, logged };
    } finally {
        await builder.update([], built.map((document) => document.uri));
    }
}

/** Shape check then scoring of one assessment against a compiled rubric; neither may throw. */
function scoreOne({ compiled, assessment }) {
    const plan = preparedPlans.get(compiled) ?? prepareRubric(JSON.parse(compiled));
    preparedPlans.set(compiled, plan);
    const parsed = parseAssessment(assessment);
    if (!parsed.ok) return { ok: false, problems: parsed.problems.length };
    const score = scoreAssessment(plan, parsed.assessment);
    return { ok: true, total: score.total, index: score.index, grade: score.grade, problems: score.problems?.length ?? 0 };
}
const preparedPlans = new Map();

parentPort.on('message', async ({ id, kind, input }) => {
    const started = performance.now();
    try {
        const result = kind === 'rubric' ? await checkRubric(input) : scoreOne(input);
        parentPort.postMessage({ id, ok: true, result, ms: performance.now() - started });
    } catch (error) {
        parentPort.postMessage({ id, ok: false, error: describe(error), ms: performance.now() - started });
    }
});
parentPort.postMessage({ ready: true });
