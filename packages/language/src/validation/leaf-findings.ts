import type { AstNode, ValidationAcceptor } from 'langium';

/** One call of the validation acceptor: severity, message and where (node, property, code, data). */
export type Finding = Parameters<ValidationAcceptor>;

/**
 * What the checks found inside each leaf node (an item, or a criterion without items) when it was last
 * validated, so that a keystroke re-checks only the leaf it changed. An edit inside a node re-parses that
 * node alone (parser/reparse-node.ts) and every other leaf keeps its objects and its text; their checks
 * read nothing but the leaf, its own container and the file's declarations, which only a full parse
 * changes. So a finding is kept per leaf object and dropped by `forget` whenever some file is parsed in
 * full, added or removed (an imported declaration may have changed). Findings are kept as acceptor calls,
 * not diagnostics: replayed, their ranges come from the tree as it is now.
 */
export class LeafFindings {
    private generation = 0;
    private readonly byLeaf = new WeakMap<AstNode, { generation: number; key: string; findings: readonly Finding[] }>();

    forget(): void {
        this.generation++;
    }

    /** The leaf's findings under `key` (the language and the validation categories), if still valid. */
    get(leaf: AstNode, key: string): readonly Finding[] | undefined {
        const kept = this.byLeaf.get(leaf);
        return kept && kept.generation === this.generation && kept.key === key ? kept.findings : undefined;
    }

    set(leaf: AstNode, key: string, findings: readonly Finding[]): void {
        this.byLeaf.set(leaf, { generation: this.generation, key, findings });
    }
}
