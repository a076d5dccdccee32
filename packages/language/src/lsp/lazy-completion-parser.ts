import { createCompletionParser, type LangiumCompletionParser, type LangiumCoreServices } from 'langium';

/**
 * The completion parser (a second parser, for the text before the cursor) built on the first completion
 * request instead of at start-up: the language server builds every service before it answers
 * `initialize`, and a parser takes a tenth of the start-up's time.
 */
export function lazyCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    let parser: LangiumCompletionParser | undefined;
    const real = (): LangiumCompletionParser => (parser ??= createCompletionParser(services));
    return new Proxy({} as LangiumCompletionParser, {
        get(_target, property) {
            // Langium's start-up asks each service whether it is a container of services (a symbol)
            if (typeof property === 'symbol') return undefined;
            const value: unknown = Reflect.get(real(), property);
            return typeof value === 'function' ? value.bind(real()) : value;
        },
    });
}
