#!/usr/bin/env node
// Writes schemas/assessment.schema.json from the language package's assessment schema (the same JSON
// Schema `rubric schema assessment` prints), so editors validate *.assessment.json/yaml as the CLI does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentJsonSchema } from '@par-rubric/language/scoring';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, 'schemas', 'assessment.schema.json');
const schema = {
    ...assessmentJsonSchema(),
    title: 'PAR Rubric assessment (bản đánh giá)',
};
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(`${target}.tmp`, JSON.stringify(schema, null, 2) + '\n');
fs.renameSync(`${target}.tmp`, target);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
