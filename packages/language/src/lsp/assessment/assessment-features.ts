import { AstUtils, GrammarUtils, URI } from 'langium';
import type { TextDocument } from 'langium';
import * as jsoncModule from 'jsonc-parser';
import { CompletionItemKind, type CompletionItem, type Hover, type Location } from 'vscode-languageserver-types';
import { isLeaf, rubricMetrics, scoringMethods, walkNodes } from '../../ast/rubric-queries.js';
import * as ast from '../../generated/ast.js';
import type { Locale } from '../../i18n/locale.js';
import { describeNode } from '../node-hover-text.js';
import { assessmentFormat, type AssessmentFormat } from './assessment-files.js';
import { assessmentLspText } from './assessment-lsp-text.js';
import { cursorPlace, type CursorPlace } from './assessment-cursor.js';
import type { EditorRubrics } from './editor-rubrics.js';
import { rubricNodePlaces } from './rubric-node-places.js';

const jsonc: typeof jsoncModule = (Reflect.get(jsoncModule, 'default') as typeof jsoncModule | undefined) ?? jsoncModule;

/** Keys whose value is one of a choice item's outcomes. */
const CHOICE_KEYS = new Set(['choice', 'appraisal1Choice', 'appraisal2Choice']);

/**
 * Completion, hover and go-to-definition in an assessment, from the rubric it names: the rubric ids of
 * the workspace, metric names, item codes and a choice item's outcome labels; an item's title, points and rule; the rubric line of a key.
 * They read the rubric as parsed (not compiled), so they work while it still has errors.
 */
export class AssessmentFeatures {
    constructor(private readonly rubrics: EditorRubrics) {}

    completion(document: TextDocument, offset: number): CompletionItem[] {
        const kind = assessmentFormat(document.uri);
        const named = kind && cursorPlace(document.getText(), kind, offset);
        if (named && !named.atKey && named.path.length === 1 && named.path[0] === 'rubric') {
            const range = { start: document.positionAt(named.start), end: document.positionAt(named.end) };
            return this.rubrics.ids().map(({ id, title }) => ({ label: id, kind: CompletionItemKind.Class, detail: title, textEdit: { range, newText: kind === 'json' ? JSON.stringify(id) : id } }));
        }
        if (named && !named.atKey && named.path.length === 1 && named.path[0] === 'rubricFile') {
            const range = { start: document.positionAt(named.start), end: document.positionAt(named.end) };
            const { id } = rubricNamed(document.getText(), kind);
            // the files that hold the rubric named under `rubric` first
            const files = this.rubrics.relativeFiles(URI.parse(document.uri)).sort((a, b) => Number(b.ids.includes(id ?? '')) - Number(a.ids.includes(id ?? '')));
            return files.map(({ path, ids }, i) => ({
                label: path,
                kind: CompletionItemKind.File,
                detail: ids.join(', '),
                sortText: order(i),
                textEdit: { range, newText: kind === 'json' ? JSON.stringify(path) : yamlScalar(path) },
            }));
        }
        const context = this.context(document, offset);
        if (!context) return [];
        const { place, rubric, format } = context;
        const edit = (newText: string) => ({ range: { start: document.positionAt(place.start), end: document.positionAt(place.end) }, newText });
        const key = (label: string) => (format === 'json' ? JSON.stringify(label) : yamlScalar(label));
        const [section, code, field] = place.path;
        if (place.atKey && place.path.length === 2 && section === 'metrics') {
            return this.metrics(rubric).map((m, i) => ({ label: m.name, kind: CompletionItemKind.Field, detail: m.title, sortText: order(i), textEdit: edit(key(m.name)) }));
        }
        if (place.atKey && place.path.length === 2 && (section === 'items' || section === 'survey')) {
            return leaves(rubric).map((node, i) => ({
                label: node.code,
                kind: CompletionItemKind.Module,
                detail: node.title,
                sortText: order(i),
                filterText: format === 'json' ? JSON.stringify(node.code) : node.code,
                textEdit: edit(key(node.code)),
            }));
        }
        if (!place.atKey && place.path.length === 3 && section === 'items' && CHOICE_KEYS.has(field)) {
            const node = leaves(rubric).find((n) => n.code === code);
            const choice = node && scoringMethods(node).find(ast.isChoice);
            return (choice?.outcomes ?? []).map((outcome, i) => ({
                label: outcome.label,
                kind: CompletionItemKind.EnumMember,
                detail: outcome.points,
                sortText: order(i),
                filterText: format === 'json' ? JSON.stringify(outcome.label) : outcome.label,
                textEdit: edit(format === 'json' ? JSON.stringify(outcome.label) : yamlScalar(outcome.label)),
            }));
        }
        return [];
    }

    hover(document: TextDocument, offset: number, locale: Locale): Hover | undefined {
        const found = this.keyTarget(document, offset);
        if (!found) return undefined;
        const { target, place } = found;
        const value = ast.isNode(target)
            ? describeNode(target, locale)
            : [assessmentLspText(locale, 'metricHover', { name: target.name, type: target.type }), target.title ?? ''].filter(Boolean).join('\n\n');
        return { contents: { kind: 'markdown', value }, range: { start: document.positionAt(place.start), end: document.positionAt(place.end) } };
    }

    definition(document: TextDocument, offset: number): Location | undefined {
        const target = this.keyTarget(document, offset)?.target;
        if (!target?.$cstNode) return undefined;
        const rubric = AstUtils.getDocument(target);
        const range = ast.isNode(target) ? rubricNodePlaces(rubric).get(target.code) : (GrammarUtils.findNodeForProperty(target.$cstNode, 'name') ?? target.$cstNode).range;
        return range && { uri: rubric.uri.toString(), range };
    }

    /** The rubric node or metric an assessment key names (`1.1.1:` under items, `planDone:` under metrics). */
    private keyTarget(document: TextDocument, offset: number): { target: ast.Node | ast.Metric; place: CursorPlace } | undefined {
        const context = this.context(document, offset);
        if (!context?.place.atKey || context.place.path.length !== 2) return undefined;
        const [section, key] = context.place.path;
        const target =
            section === 'metrics'
                ? this.metrics(context.rubric).find((m) => m.name === key)
                : section === 'items' || section === 'survey' || section === 'notApplicable'
                  ? [...walkNodes(context.rubric)].map((w) => w.node).find((n) => n.code === key)
                  : undefined;
        return target ? { target, place: context.place } : undefined;
    }

    private context(document: TextDocument, offset: number): { place: CursorPlace; rubric: ast.Rubric; format: AssessmentFormat } | undefined {
        const format = assessmentFormat(document.uri);
        if (!format) return undefined;
        const text = document.getText();
        const { id, file } = rubricNamed(text, format);
        const rubricDocument = id === undefined ? undefined : this.rubrics.named(URI.parse(document.uri), id, file);
        const root = rubricDocument?.parseResult.value;
        const rubric = ast.isRubricFile(root) ? root.rubrics.find((r) => r.name === id) : undefined;
        const place = cursorPlace(text, format, offset);
        if (!rubric || !place) return undefined;
        return { place, rubric, format };
    }

    /** The rubric's metrics, its own and those of the files it imports. */
    private metrics(rubric: ast.Rubric): ast.Metric[] {
        const file = AstUtils.getContainerOfType(rubric, ast.isRubricFile);
        const imported = this.rubrics.importedBy(AstUtils.getDocument(rubric)).map((d) => d.parseResult.value);
        return [...rubricMetrics(rubric), ...[file, ...imported].flatMap((root) => (ast.isRubricFile(root) ? root.definitions.filter(ast.isMetric) : []))];
    }
}

function leaves(rubric: ast.Rubric): ast.Node[] {
    return [...walkNodes(rubric)].map((w) => w.node).filter(isLeaf);
}

/** The rubric an assessment names (`rubric`, `rubricFile`), read without parsing the whole (perhaps half-typed) file. */
function rubricNamed(text: string, format: AssessmentFormat): { id?: string; file?: string } {
    if (format === 'json') {
        const value = jsonc.parse(text, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined;
        const string = (key: string) => (typeof value?.[key] === 'string' ? (value[key] as string) : undefined);
        return { id: string('rubric'), file: string('rubricFile') };
    }
    return { id: yamlTopLevelString(text, 'rubric'), file: yamlTopLevelString(text, 'rubricFile') };
}

function yamlTopLevelString(text: string, key: string): string | undefined {
    const match = new RegExp(`^${key}:[ \\t]*(?:"((?:[^"\\\\]|\\\\.)*)"|'([^']*)'|([^\\s#]+))`, 'm').exec(text);
    if (!match) return undefined;
    // a double-quoted YAML scalar escapes its backslashes (a Windows path), a single-quoted one doubles its quotes
    return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? match[3]);
}

/** A label as a YAML value: plain when YAML would read it back as the same text, else double-quoted. */
function yamlScalar(label: string): string {
    const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(label) && !/: |\s#|:$|\s$/.test(label) && !/^(true|false|yes|no|null|~|[-+.\d])/i.test(label);
    return plain ? label : JSON.stringify(label);
}

/** Completion in the rubric's order, not the alphabet's. */
function order(index: number): string {
    return String(index).padStart(5, '0');
}
