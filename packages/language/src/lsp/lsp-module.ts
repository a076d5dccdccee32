import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { RubricServices } from '../rubric-module.js';
import { RubricFormatter } from './rubric-formatter.js';

/** Editor services (hover, inlay hints, code actions, formatter, …) are registered here, one file each. */
export const rubricLspModule: Module<RubricServices, PartialLangiumServices> = {
    lsp: {
        Formatter: () => new RubricFormatter(),
    },
};
