// The entry of the single-file executables (packages/cli/exe/build.mjs bundles it as one CommonJS script,
// as Node's single executable applications require). Where a V8 startup snapshot is built (Linux), the
// language services are constructed while it is made, so that a start deserialises a ready parser
// instead of building one; elsewhere it simply runs the CLI.
import * as v8 from 'node:v8';
import { prepareRubricWorkspace } from '@par-rubric/language/workspace';
import { main } from './main.js';

function run(): void {
    // `rubric … | head` closes the pipe early: that is the reader's choice, not a crash
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
            throw error;
        });
    }
    void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
    prepareRubricWorkspace();
    v8.startupSnapshot.setDeserializeMainFunction(run);
} else {
    run();
}
