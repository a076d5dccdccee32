import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level: the form the content hash is taken over, so the hash
 * depends on what the rubric says, not on the order in which the compiler happened to build objects.
 */
export function canonicalJson(value: unknown): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
}

/** "sha256:…" over the canonical JSON of the document without its hash. */
export function contentHash(document: object): string {
    const { hash: _ignored, ...rest } = document as { hash?: unknown };
    return 'sha256:' + createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

export function withHash<T extends object>(document: T): T & { hash: string } {
    return { ...document, hash: contentHash(document) };
}
