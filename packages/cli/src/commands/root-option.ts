import { Option } from 'commander';
import type { Locale } from '@par-rubric/language';
import { text } from '../cli-text.js';

/** `--root FOLDER…`: where imports may reach besides the defaults; the same on every verb that loads a rubric. */
export function rootOption(locale: Locale): Option {
    return new Option('--root <folder...>', text(locale, 'rootOption'));
}
