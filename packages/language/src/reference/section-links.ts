import type { Locale } from '../i18n/locale.js';

/** A link that opens one section (an anchor of docs/reference.<locale>.md) of the language reference. */
export type SectionLink = (locale: Locale, anchor: string) => string;

/**
 * How the host of the language server opens the language reference. The language has no address of its
 * own (the reference may be read offline, from a copy bundled with the editor extension), so the host
 * says; until it does, keyword hovers explain the keyword without a link.
 */
export class ReferenceLinks {
    sectionLink: SectionLink | undefined;
}
