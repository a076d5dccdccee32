import type { SectionLink } from '@par-rubric/language';
import { SHOW_REFERENCE_COMMAND, type ShowReferenceArguments } from '../protocol.js';

/**
 * A keyword hover's link: a command link that the client opens in its copy of the reference, so that it
 * works offline and in the language the hover is written in.
 */
export const referenceCommandLink: SectionLink = (locale, anchor) => {
    const args: ShowReferenceArguments = [locale, anchor];
    return `command:${SHOW_REFERENCE_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
};
