/** A title or label as compared: case, spacing and Unicode composition ignored. */
export function titleKey(title: string): string {
    return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Units repeat the same titles and labels across a batch: their keys are remembered (a bounded set). */
const titleKeys = new Map<string, string>();
const TITLE_CACHE_LIMIT = 8192;

export function cachedTitleKey(title: string): string {
    let key = titleKeys.get(title);
    if (key === undefined) {
        key = titleKey(title);
        if (titleKeys.size >= TITLE_CACHE_LIMIT) titleKeys.clear();
        titleKeys.set(title, key);
    }
    return key;
}
