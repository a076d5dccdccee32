/** The two languages of every user-facing text. */
export type Locale = 'vi' | 'en';

export function isLocale(value: unknown): value is Locale {
    return value === 'vi' || value === 'en';
}

/**
 * The language the environment asks for: RUBRIC_LANG, then the POSIX locale variables. Vietnamese when
 * they say vi_*, English otherwise (a CI runner's C.UTF-8 included).
 */
export function localeFromEnvironment(env: Record<string, string | undefined> = process.env): Locale {
    for (const name of ['RUBRIC_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
        const value = env[name];
        if (value) return value.toLowerCase().startsWith('vi') ? 'vi' : 'en';
    }
    return 'en';
}

/** VS Code's display language ("vi", "en-us", …) to ours. */
export function localeFromTag(tag: string | undefined): Locale {
    return tag?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
