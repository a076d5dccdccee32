import { test } from 'vitest';
import { compileText, SAMPLE } from './fixtures.js';
test('x', async () => { console.log(JSON.stringify(await compileText(SAMPLE), null, 1)); });
