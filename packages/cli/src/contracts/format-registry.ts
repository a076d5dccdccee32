/**
 * Every "format → writer or reader" choice: a map from the format's name to its module, loaded on first
 * use, whose file is named after the format and whose default export does the work. A format module
 * imports nothing from its registry, only the contract it fulfils.
 */
export type FormatRegistry<T> = Readonly<Record<string, () => Promise<{ default: T }>>>;

export async function loadFormat<T>(registry: FormatRegistry<T>, format: string): Promise<T> {
    return (await registry[format]()).default;
}
