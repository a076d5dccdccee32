/**
 * Looks up the index of each key of an object read key by key (an assessment's metrics or items), betting
 * that it lists its keys in the same order as the previous one did — files made from one template,
 * spreadsheet or program do. A key that is where the bet puts it is recognised by one comparison (object
 * keys are interned strings, so that is a pointer check) instead of hashing it into the map; any other
 * key is looked up in the map and becomes the bet for the next object. The answer is always the map's.
 */
export class KeyOrder {
    private readonly keys: string[] = [];
    private readonly indices: number[] = [];

    /** `limit` bounds what is remembered, so a hostile file with a million keys costs no memory here. */
    constructor(
        private readonly map: ReadonlyMap<string, number>,
        private readonly limit: number,
    ) {}

    /** The map's index for `key`, the object's `position`-th key (from 0), or -1 when the map lacks it. */
    indexOf(key: string, position: number): number {
        const keys = this.keys;
        if (position < keys.length) {
            if (keys[position] === key) return this.indices[position];
            const index = this.map.get(key) ?? -1;
            keys[position] = key;
            this.indices[position] = index;
            return index;
        }
        const index = this.map.get(key) ?? -1;
        if (position === keys.length && position < this.limit) {
            keys.push(key);
            this.indices.push(index);
        }
        return index;
    }
}
