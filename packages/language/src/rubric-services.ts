import type { LangiumCoreServices } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { I18nSettings } from './i18n/settings.js';
import type { ReferenceLinks } from './reference/section-links.js';
import type { LeafFindings } from './validation/leaf-findings.js';
import type { RubricValidator } from './validation/rubric-validator.js';
import type { ImportPolicy } from './workspace/import-policy.js';

// Types only, imported by every service class: the modules that assemble the services import those
// classes, so the types live apart from them (no import circle, not even a type-only one).

/** Services this language adds to Langium's. */
export type RubricAddedServices = {
    i18n: I18nSettings;
    imports: ImportPolicy;
    reference: ReferenceLinks;
    validation: {
        RubricValidator: RubricValidator;
        LeafFindings: LeafFindings;
    };
};

/** Parsing, linking and validation only: what `rubric check`, `compile` and `score` need. */
export type RubricCoreServices = LangiumCoreServices & RubricAddedServices;

/** The core services and the editor's (hover, completion, formatter, …): what the language server runs. */
export type RubricServices = LangiumServices & RubricAddedServices;
