/** The words of a title, in lower case and one Unicode form, so that "Kế hoạch" and "kế  hoạch" agree. */
function words(title: string): Set<string> {
    return new Set(title.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * How alike two titles are, from 0 (no word in common) to 1 (the same words): the Dice coefficient of
 * their word sets. Words rather than letters, because Vietnamese syllables are words and a renumbered
 * criterion keeps its wording while a new one shares only the common ones ("kế hoạch", "TTHC").
 */
export function titleSimilarity(a: string, b: string): number {
    const left = words(a);
    const right = words(b);
    if (left.size === 0 && right.size === 0) return 1;
    let shared = 0;
    for (const word of left) if (right.has(word)) shared++;
    return (2 * shared) / (left.size + right.size);
}
