// The entry VS Code loads as --extensionTestsPath: registers the tests in order, then runs them.
import './diagnostics.test.js';
import { runAll } from './harness.js';

export function run(): Promise<void> {
    return runAll();
}
