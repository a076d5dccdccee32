/** Line and column (1-based; columns count UTF-16 code units, as editors do) of the first byte of `bytes` that is not UTF-8. */
export function invalidUtf8Position(bytes: Uint8Array): { line: number; column: number } {
    const at = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, at);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
    return { line, column };
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
    const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
    let i = 0;
    while (i < bytes.length) {
        const byte = bytes[i];
        if (byte < 0x80) {
            i += 1;
        } else if (byte >= 0xc2 && byte <= 0xdf && continuation(i + 1)) {
            i += 2;
        } else if (byte >= 0xe0 && byte <= 0xef) {
            // no overlong forms (E0 A0…) and no surrogates (ED 80–9F)
            const [low, high] = byte === 0xe0 ? [0xa0, 0xbf] : byte === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
            if (!continuation(i + 1, low, high) || !continuation(i + 2)) return i;
            i += 3;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
            const [low, high] = byte === 0xf0 ? [0x90, 0xbf] : byte === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
            if (!continuation(i + 1, low, high) || !continuation(i + 2) || !continuation(i + 3)) return i;
            i += 4;
        } else {
            return i;
        }
    }
    return bytes.length;
}
