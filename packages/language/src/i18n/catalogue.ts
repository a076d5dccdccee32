import { formatFixedParam, ONE, type Fixed } from '../decimal/fixed.js';
import type { Locale } from './locale.js';

/**
 * The one mechanism behind every user-facing text: diagnostics, CLI messages, reports, hovers, the
 * preview, scoring problems and reasons. A catalogue is a literal of entries, each with its Vietnamese and
 * English text side by side; the key is typed and so are the parameters a text needs.
 *
 * A text is a template whose slots name their parameters and say how they are written, so that figures
 * are formatted here and nowhere else:
 *   {name}            a word, name, code or year, as given
 *   {sum:points}      an exact decimal (Fixed): 73,34 in Vietnamese, 73.34 in English
 *   {day:date}        an ISO date (YYYY-MM-DD): 15/12/2025 in Vietnamese, 2025-12-15 in English
 *   {n|place|places}  a count with its noun: "1 place", "3 places" (both forms, so English agrees)
 *   {sum:points|point|points}  an exact decimal with its noun: "1 point", "0.5 points"
 * Where a text depends on a parameter beyond that (an optional clause), the entry is a function of its
 * typed parameters and receives `fill` to render its own templates the same way.
 */
export type Template = string;

export type Fill = (template: Template, params?: Readonly<Record<string, unknown>>) => string;

type TextFunction<P> = (params: P, fill: Fill) => string;

export type Entry = { readonly vi: Template; readonly en: Template } | { readonly vi: TextFunction<never>; readonly en: TextFunction<never> };

type SlotsOf<S extends string> = S extends `${string}{${infer Slot}}${infer Rest}` ? Slot | SlotsOf<Rest> : never;
type SlotName<S extends string> = S extends `${infer Name}:${string}` ? Name : S extends `${infer Name}|${string}` ? Name : S;
type SlotValue<S extends string> = S extends `${string}:points` | `${string}:points|${string}`
    ? Fixed
    : S extends `${string}:date`
      ? string
      : S extends `${string}|${string}`
        ? number
        : string | number;
type TemplateParams<S extends string> = { [Slot in SlotsOf<S> as SlotName<Slot>]: SlotValue<Slot> };

/** The parameters an entry needs: its slots for templates, its argument for functions. */
export type ParamsOf<E> = E extends { vi: infer V extends string; en: infer N extends string }
    ? TemplateParams<V> & TemplateParams<N>
    : E extends { en: (params: infer P, fill: Fill) => string }
      ? P
      : never;

/** `text(locale, key)` when the entry takes nothing, `text(locale, key, params)` otherwise. */
type Arguments<E> = keyof ParamsOf<E> extends never ? [params?: ParamsOf<E>] : [params: ParamsOf<E>];

export type Catalogue<T extends Record<string, Entry>> = <K extends keyof T & string>(locale: Locale, key: K, ...args: Arguments<T[K]>) => string;

const SLOT = /\{(\w+)(?::(\w+))?(?:\|([^|}]*)\|([^}]*))?\}/g;

/** An ISO date (YYYY-MM-DD) as the reader writes it: dd/mm/yyyy in Vietnamese, unchanged in English. */
export function dateForLocale(iso: string, locale: Locale): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return match && locale === 'vi' ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}


/** A template's slot, as SLOT reads it. */
type Slot = { readonly whole: string; readonly name: string; readonly format?: string; readonly one?: string; readonly many?: string };

/**
 * Templates split into text and slots once each: a batch report fills the same few hundred templates
 * millions of times, and reading a template again on every fill was a tenth of such a run.
 */
const splitTemplates = new Map<Template, readonly (string | Slot)[]>();
/** A text function may build a template from its parameters: past this many the cache starts again. */
const SPLIT_TEMPLATES_KEPT = 10_000;

function templateParts(template: Template): readonly (string | Slot)[] {
    let parts = splitTemplates.get(template);
    if (parts) return parts;
    const found: (string | Slot)[] = [];
    let at = 0;
    for (const match of template.matchAll(SLOT)) {
        if (match.index > at) found.push(template.slice(at, match.index));
        found.push({ whole: match[0], name: match[1], format: match[2], one: match[3], many: match[4] });
        at = match.index + match[0].length;
    }
    if (at < template.length) found.push(template.slice(at));
    parts = found;
    if (splitTemplates.size >= SPLIT_TEMPLATES_KEPT) splitTemplates.clear();
    splitTemplates.set(template, parts);
    return parts;
}

/** Fills a template's slots for the locale; a slot without its parameter stays visible as written. */
export function fillTemplate(locale: Locale, template: Template, params: Readonly<Record<string, unknown>> = {}): string {
    let filled = '';
    for (const part of templateParts(template)) filled += typeof part === 'string' ? part : fillSlot(locale, part, params[part.name]);
    return filled;
}

function fillSlot(locale: Locale, { whole, format, one, many }: Slot, value: unknown): string {
    if (value === undefined) return whole;
    if (format === 'points') {
        const figure = formatFixedParam(value, locale);
        return one === undefined ? figure : `${figure} ${value === ONE ? one : many}`;
    }
    if (format === 'date') return dateForLocale(String(value), locale);
    if (one !== undefined) return `${String(value)} ${value === 1 ? one : many}`;
    return String(value);
}

/** Makes a catalogue's lookup function; the entries stay a plain literal that a test can walk. */
export function defineCatalogue<const T extends Record<string, Entry>>(entries: T): Catalogue<T> {
    return ((locale: Locale, key: string, params: Record<string, unknown> = {}) => {
        const text = (entries[key] as Record<Locale, Template | TextFunction<unknown>>)[locale];
        const fill: Fill = (template, more = {}) => fillTemplate(locale, template, more);
        return typeof text === 'function' ? text(params, fill) : fill(text, params);
    }) as Catalogue<T>;
}

/** A text in both languages at once, for what carries both to whoever shows it (assessment problems). */
export type Bilingual = { readonly vi: string; readonly en: string };

export type BilingualCatalogue<T extends Record<string, Entry>> = <K extends keyof T & string>(key: K, ...args: Arguments<T[K]>) => Bilingual;

/** Like defineCatalogue, filling each text in Vietnamese and in English. */
export function defineBilingualCatalogue<const T extends Record<string, Entry>>(entries: T): BilingualCatalogue<T> {
    const text = defineCatalogue(entries) as (locale: Locale, key: string, params?: Record<string, unknown>) => string;
    return ((key: string, params?: Record<string, unknown>) => ({ vi: text('vi', key, params), en: text('en', key, params) })) as BilingualCatalogue<T>;
}
