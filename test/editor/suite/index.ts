// The entry VS Code loads as --extensionTestsPath: registers the tests in order, then runs them.
import './diagnostics.test.js';
import './language-features.test.js';
import './reference-link.test.js';
import './errors-at-cause.test.js';
import './commands.test.js';
import './settings.test.js';
import './assessment-schema.test.js';
import './assessment-documents.test.js';
import './score-preview.test.js';
import './rename-data.test.js';
import './terminal-cli.test.js';
import './screenshot.test.js';
import { runAll } from './harness.js';

export function run(): Promise<void> {
    return runAll();
}
