/** A file `rubric import` cannot use at all: one line naming the file and why; exit 2. */
export class ImportInputError extends Error {}
