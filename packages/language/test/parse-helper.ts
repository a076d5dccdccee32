import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { RubricFile } from '../src/generated/ast.js';
import { createRubricServices } from '../src/rubric-module.js';

/** Services in English, shared by the language tests. */
export const services = createRubricServices(EmptyFileSystem);
services.Rubric.i18n.locale = 'en';

export const parse = parseHelper<RubricFile>(services.Rubric);

export async function parseAndValidate(text: string): Promise<LangiumDocument<RubricFile>> {
    return parse(text, { validation: true });
}
