import { AstUtils, GrammarAST, GrammarUtils, stream, type AstNodeDescription, type LangiumDocuments, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { toText } from '../decimal/fixed.js';
import * as ast from '../generated/ast.js';
import { childNodes, nodeMax, rubricEvidence, rubricMetrics } from '../ast/rubric-queries.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { RubricServices } from '../rubric-services.js';
import { importedDocuments } from '../scoping/import-resolution.js';
import { CODE_SHAPE } from '../validation/figures.js';
import { lspText, type TextKey } from './lsp-text.js';

/** The metric types each use accepts: the same rules the validator applies. */
const METRIC_TYPES_FOR: Record<string, readonly string[]> = {
    Bands: ['percent', 'ratio', 'count', 'number'],
    Proportional: ['percent', 'ratio'],
    Deduction: ['count'],
    Deadline: ['date'],
};

const METHOD_KEYWORDS = new Set(['choice', 'yesno', 'deadline', 'bands', 'proportional', 'deduct', 'judged', 'formula']);
const NODE_KINDS = ['field', 'criterion', 'item'] as const;
const HEADER_SNIPPETS: Record<string, string> = {
    unitType: 'unitType ${1|province,department,district,commune|}',
    basis: 'basis "${1}"',
    total: 'total ${1:100}',
    step: 'step ${1|0.01,0.05,0.1,0.25,0.5|}',
    ties: 'ties ${1|shared,dense|}',
    missingEvidence: 'missingEvidence ${1|zero,flag,cap 0|}',
};

type Snippet = { label: string; insertText: string; detail: string; sortText?: string; preselect?: boolean };

/**
 * Langium's keyword and name completion, plus snippets where a rubric author would otherwise type a
 * whole construct: every scoring method (with the leaf's max as its best outcome), the next node with
 * its next code (after 1.1.2 comes 1.1.3), `requires`, declarations and header properties. Metric names
 * are offered only where their type fits (a count after `per`, a date after `deadline`).
 */
export class RubricCompletionProvider extends DefaultCompletionProvider {
    private readonly i18n: I18nSettings;
    private readonly documents: LangiumDocuments;

    constructor(services: RubricServices) {
        super(services);
        this.i18n = services.i18n;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (GrammarAST.isKeyword(next.feature)) {
            if (!keywordFits(next.feature.value, placeAt(context.document.parseResult.value, context.textDocument, context.offset))) return;
            const snippets = this.snippetsFor(next.feature.value, context);
            if (snippets) {
                for (const snippet of snippets) {
                    acceptor(context, {
                        ...snippet,
                        kind: CompletionItemKind.Snippet,
                        insertTextFormat: InsertTextFormat.Snippet,
                    });
                }
                return;
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const allowed = METRIC_TYPES_FOR[refInfo.container.$type];
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (!allowed) return candidates;
        return candidates.filter((d) => !ast.isMetric(d.node) || allowed.includes(d.node.type));
    }

    private snippetsFor(keyword: string, context: CompletionContext): Snippet[] | undefined {
        const locale = this.i18n.locale;
        const owner = blockOwnerAt(context.document.parseResult.value, context.offset);
        if (keyword === 'survey') {
            return ast.isNode(owner)
                ? [this.snippet('survey', 'survey', 'snippetSurvey')]
                : [{ label: 'survey', insertText: 'survey ${1:32}', detail: lspText(locale, 'snippetHeader', { name: 'survey' }) }];
        }
        if (METHOD_KEYWORDS.has(keyword)) return [this.methodSnippet(keyword, owner, context)];
        if ((NODE_KINDS as readonly string[]).includes(keyword)) {
            // fields stand only at the top, and only fields do (the validator's rule): offer what will validate
            const fits = ast.isRubric(owner) ? keyword === 'field' : keyword !== 'field';
            return fits ? [this.nodeSnippet(keyword, owner)] : [];
        }
        if (keyword === 'requires') {
            const names = this.declarationsInScope(context, 'Evidence').map((e) => e.name);
            return [this.snippet('requires', `requires ${choiceOf(names, 'evidence')}`, 'snippetRequires')];
        }
        if (keyword === 'metric') {
            const title = lspText(locale, 'placeholderMetricTitle');
            return [this.snippet('metric', `metric \${1:name} \${2|percent,ratio,count,number,date,yesno,oneOf|} "\${3:${title}}"`, 'snippetMetric')];
        }
        if (keyword === 'evidence') {
            const title = lspText(locale, 'placeholderEvidenceTitle');
            return [this.snippet('evidence', `evidence \${1:name} "\${2:${title}}" kind \${3:report}`, 'snippetEvidence')];
        }
        if (keyword === 'year' && ast.isRubric(owner)) {
            const detail = lspText(locale, 'snippetHeader', { name: keyword });
            return [{ label: keyword, insertText: `year \${1:${new Date().getFullYear()}}`, detail }];
        }
        if (keyword === 'rubric') return [this.snippet('rubric', this.rubricSnippet(), 'snippetRubric')];
        if (keyword === 'grades') {
            return [this.snippet('grades', 'grades {\n\t"${1:Tốt}" >= ${2:80%}\n\t"${3:Khá}" >= ${4:70%}\n\t"${5:Trung bình}" >= ${6:50%}\n\t"${7:Yếu}" otherwise\n}', 'snippetGrades')];
        }
        if (keyword === 'adjustments') {
            const bonus = lspText(locale, 'placeholderBonus');
            const penalty = lspText(locale, 'placeholderPenalty');
            return [this.snippet('adjustments', `adjustments {\n\tbonus "\${1:${bonus}}" max \${2:2}\n\tpenalty "\${3:${penalty}}" max \${4:5}\n}`, 'snippetAdjustments')];
        }
        const header = HEADER_SNIPPETS[keyword];
        if (header && ast.isRubric(owner)) return [{ label: keyword, insertText: header, detail: lspText(locale, 'snippetHeader', { name: keyword }) }];
        return undefined;
    }

    /** A whole rubric: its header, a place for the tree, and the usual grades. */
    private rubricSnippet(): string {
        const year = new Date().getFullYear();
        const title = lspText(this.i18n.locale, 'placeholderRubricTitle', { year });
        return [
            `rubric \${1:PAR_${year}} "\${2:${title}}" {`,
            '\tunitType ${3|district,province,department,commune|}',
            `\tyear \${4:${year}}`,
            '\ttotal ${5:100}',
            '\tstep ${6:0.25}',
            '',
            '\t$0',
            '',
            '\tgrades {',
            '\t\t"Tốt" >= 80%',
            '\t\t"Khá" >= 70%',
            '\t\t"Trung bình" >= 50%',
            '\t\t"Yếu" otherwise',
            '\t}',
            '}',
        ].join('\n');
    }

    private snippet(label: string, insertText: string, detail: TextKey): Snippet {
        return { label, insertText, detail: lspText(this.i18n.locale, detail) };
    }

    /** A method snippet whose best outcome is the leaf's max, so it validates as inserted. */
    private methodSnippet(keyword: string, owner: ast.Rubric | ast.Node | undefined, context: CompletionContext): Snippet {
        const locale = this.i18n.locale;
        const max = ast.isNode(owner) ? nodeMax(owner) : undefined;
        const best = max === undefined ? '1' : toText(max);
        const metrics = (types: readonly string[], stop = 1) =>
            choiceOf(this.declarationsInScope(context, 'Metric').filter((m) => types.includes(m.type)).map((m) => m.name), 'metric', stop);
        const met = lspText(locale, 'placeholderMet');
        const notMet = lspText(locale, 'placeholderNotMet');
        switch (keyword) {
            case 'choice':
                return this.snippet('choice', `choice {\n\t"\${1:${met}}": \${2:${best}}\n\t"\${3:${notMet}}": \${4:0}\n}`, 'snippetChoice');
            case 'yesno':
                return this.snippet('yesno', `yesno {\n\tyes: \${1:${best}}\n\tno: \${2:0}\n}`, 'snippetYesNo');
            case 'deadline':
                return this.snippet(
                    'deadline',
                    `deadline ${metrics(METRIC_TYPES_FOR.Deadline)} due \${2:${new Date().getFullYear()}-03-31} {\n\tonTime: \${3:${best}}\n\tlate: \${4:0}\n\tmissing: 0\n}`,
                    'snippetDeadline',
                );
            case 'bands':
                return this.snippet('bands', `bands ${metrics(METRIC_TYPES_FOR.Bands)} {\n\t>= \${2:90%}: \${3:${best}}\n\telse: \${4:0}\n}`, 'snippetBands');
            case 'proportional':
                return this.snippet('proportional', `proportional ${metrics(METRIC_TYPES_FOR.Proportional)}`, 'snippetProportional');
            case 'deduct':
                return this.snippet('deduct', `deduct \${1:0.25} per ${metrics(METRIC_TYPES_FOR.Deduction, 2)}`, 'snippetDeduct');
            case 'judged':
                return this.snippet('judged', 'judged', 'snippetJudged');
            default:
                return this.snippet('formula', `formula \${1:min(${best}, 0)}`, 'snippetFormula');
        }
    }

    /** `item 1.1.3 "…" max 1 { }` with the code after the container's last child; the kind that fits ranks first. */
    private nodeSnippet(kind: string, owner: ast.Rubric | ast.Node | undefined): Snippet {
        const locale = this.i18n.locale;
        const code = owner ? nextCode(owner) : '1';
        const natural = ast.isRubric(owner) ? 'field' : owner?.kind === 'field' ? 'criterion' : 'item';
        const kindKey: TextKey = kind === 'field' ? 'kindField' : kind === 'criterion' ? 'kindCriterion' : 'kindItem';
        const title = lspText(locale, 'placeholderTitle');
        return {
            label: kind,
            insertText: `${kind} \${1:${code}} "\${2:${title}}" max \${3:1} {\n\t$0\n}`,
            detail: lspText(locale, 'snippetNode', { kind: lspText(locale, kindKey), code }),
            sortText: kind === natural ? '0' : '1',
            preselect: kind === natural,
        };
    }

    /** Metrics or evidence the document can name: its own and those of the files it imports. */
    private declarationsInScope<T extends 'Metric' | 'Evidence'>(context: CompletionContext, type: T): T extends 'Metric' ? ast.Metric[] : ast.Evidence[] {
        const found: (ast.Metric | ast.Evidence)[] = [];
        for (const document of [context.document, ...importedDocuments(context.document, this.documents)]) {
            const root = document.parseResult.value;
            if (!ast.isRubricFile(root)) continue;
            const candidates: (ast.Metric | ast.Evidence)[] = [...root.definitions];
            for (const rubric of root.rubrics) candidates.push(...rubricMetrics(rubric), ...rubricEvidence(rubric));
            found.push(...candidates.filter((c) => c.$type === type && c.name));
        }
        return stream(found).distinct((d) => d.name).toArray() as never;
    }
}

/** `${1|a,b|}` when there are names to choose from, a named placeholder otherwise. */
function choiceOf(names: string[], fallback: string, stop = 1): string {
    return names.length > 0 ? `\${${stop}|${names.join(',')}|}` : `\${${stop}:${fallback}}`;
}

/**
 * Where the cursor stands, which decides what may be typed there: at the top of the file, in a rubric's
 * block, on a node's header line (before its `{`), or in a node's block — a leaf that has its scoring
 * method takes no second one and no children, a parent no method.
 */
type Place =
    | { kind: 'file' }
    | { kind: 'rubric' }
    | { kind: 'nodeHeader' }
    | { kind: 'node'; hasMethod: boolean; hasChildren: boolean };

const FILE_WORDS = new Set(['import', 'metric', 'evidence', 'rubric']);
// `step`, `min` and `max` also stand inside a node (`judged step 0.5`, `formula min(…)`): not listed here
const RUBRIC_ONLY_WORDS = new Set([
    'import', 'rubric', 'unitType', 'year', 'basis', 'decision', 'total', 'ties', 'missingEvidence', 'metric', 'evidence', 'field',
    'adjustments', 'grades',
]);
const NODE_HEADER_WORDS = new Set(['max', 'lead', 'optional']);
const NODE_MEMBER_WORDS = new Set(['criterion', 'item', ...METHOD_KEYWORDS, 'survey', 'requires']);

function keywordFits(keyword: string, place: Place): boolean {
    switch (place.kind) {
        case 'file':
            return FILE_WORDS.has(keyword) || !/^\w+$/.test(keyword) || !isStatementWord(keyword);
        case 'rubric':
            return keyword !== 'import' && keyword !== 'rubric' && !(NODE_MEMBER_WORDS.has(keyword) && keyword !== 'survey');
        case 'nodeHeader':
            return !/^\w+$/.test(keyword) || NODE_HEADER_WORDS.has(keyword);
        case 'node':
            if (RUBRIC_ONLY_WORDS.has(keyword)) return false;
            if (METHOD_KEYWORDS.has(keyword) || keyword === 'survey') return !place.hasMethod && !place.hasChildren;
            if (keyword === 'criterion' || keyword === 'item') return !place.hasMethod;
            return true;
    }
}

/** A word that starts a member or property somewhere (as opposed to `yes`, `due`, `else` inside one). */
function isStatementWord(keyword: string): boolean {
    return RUBRIC_ONLY_WORDS.has(keyword) || NODE_HEADER_WORDS.has(keyword) || NODE_MEMBER_WORDS.has(keyword);
}

function placeAt(root: unknown, text: { positionAt(offset: number): { line: number } }, offset: number): Place {
    const owner = blockOwnerAt(root, offset);
    const line = text.positionAt(offset).line;
    for (const node of ast.isRubricFile(root) ? AstUtils.streamAst(root) : []) {
        if (!ast.isNode(node) || !node.$cstNode || node.$cstNode.offset >= offset) continue;
        const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
        if (text.positionAt(node.$cstNode.offset).line === line && (!open || offset <= open.offset)) return { kind: 'nodeHeader' };
    }
    if (ast.isNode(owner)) {
        // the word being typed is parsed as an unknown word: it is neither a method nor a child yet
        const members = owner.members.filter((m) => !ast.isUnknownWord(m) && !(m.$cstNode && m.$cstNode.offset <= offset && offset <= m.$cstNode.end));
        return { kind: 'node', hasMethod: members.some(ast.isScoringMethod), hasChildren: members.some(ast.isNode) };
    }
    return ast.isRubric(owner) ? { kind: 'rubric' } : { kind: 'file' };
}

/** The innermost rubric or node whose braces enclose the offset (an unclosed brace counts as open). */
function blockOwnerAt(root: unknown, offset: number): ast.Rubric | ast.Node | undefined {
    if (!ast.isRubricFile(root)) return undefined;
    let owner: ast.Rubric | ast.Node | undefined;
    for (const node of AstUtils.streamAst(root)) {
        if (!ast.isRubric(node) && !ast.isNode(node)) continue;
        const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
        const close = GrammarUtils.findNodeForKeyword(node.$cstNode, '}');
        if (open && open.end <= offset && (!close || close.offset >= offset)) owner = node;
    }
    return owner;
}

/** The code after the last child's: 1.1.2 → 1.1.3; for a rubric's fields, 3 → 4. */
function nextCode(owner: ast.Rubric | ast.Node): string {
    const prefix = ast.isNode(owner) && CODE_SHAPE.test(owner.code) ? `${owner.code}.` : '';
    let highest = 0;
    for (const child of childNodes(owner)) {
        if (!child.code?.startsWith(prefix)) continue;
        const last = Number(child.code.slice(prefix.length).split('.')[0]);
        if (Number.isInteger(last) && last > highest) highest = last;
    }
    return `${prefix}${highest + 1}`;
}
