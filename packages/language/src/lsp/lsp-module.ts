import type { PartialLangiumServices } from 'langium/lsp';

/** Editor services (hover, inlay hints, code actions, formatter, …) are registered here, one file each. */
export const rubricLspModule: PartialLangiumServices = {};
