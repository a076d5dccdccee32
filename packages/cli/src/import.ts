// The importer the VS Code extension shares with the CLI (`@par-rubric/cli/import`): the editor's "Import a
// rubric from a spreadsheet or Word file" gives exactly what `rubric import` writes.
export { importRubricFile, type ImportResult } from './tasks/import-rubric.js';
export { ImportInputError } from './input/import/import-input-error.js';
