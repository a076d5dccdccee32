import {
    DefaultDocumentValidator,
    DocumentValidator,
    type AstNode,
    type LangiumDocument,
    type Lexer,
    type ScopeProvider,
    type ValidationAcceptor,
    type ValidationOptions,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { RubricCoreServices } from '../rubric-services.js';
import type { Locale } from '../i18n/locale.js';
import type { I18nSettings } from '../i18n/settings.js';
import { decimalCommaAt, unclosedBraces } from './brace-balance.js';
import { IssueCodes } from './issue-codes.js';
import type { LeafFindings } from './leaf-findings.js';
import { linesWithUnpairedQuotes } from './lexical-checks.js';
import { validateNodes } from './node-walk.js';
import { asUnresolvedReference } from './reference.js';
import { asSyntaxFinding, closestWord, decimalCommaFinding, unclosedBraceFinding, unterminatedStringFinding } from './syntax.js';

/**
 * Langium's own lexer, parser and linker diagnostics, in the user's language and with our issue codes,
 * so that every finding — whoever raised it — reads and filters the same way.
 */
export class RubricDocumentValidator extends DefaultDocumentValidator {
    private readonly i18n: I18nSettings;
    private readonly lexer: Lexer;
    private readonly scopeProvider: ScopeProvider;
    private readonly leafFindings: LeafFindings;

    constructor(services: RubricCoreServices) {
        super(services);
        this.i18n = services.i18n;
        this.leafFindings = services.validation.LeafFindings;
        this.lexer = services.parser.Lexer;
        this.scopeProvider = services.references.ScopeProvider;
    }

    /** Langium's linking errors, each with the nearest name in scope (imports included) as "did you mean". */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const failed = document.references.filter((reference) => reference.error);
        diagnostics.slice(first).forEach((diagnostic, i) => {
            const info = failed[i]?.error?.info;
            if (!info) return;
            const names = this.scopeProvider.getScope(info).getAllElements().map((d) => d.name).distinct().toArray();
            const suggestion = closestWord(info.reference.$refText, names);
            if (suggestion) diagnostic.data = { ...(diagnostic.data as object), suggestion };
        });
    }

    /** Langium's walk with the checks of each node type looked up once and leaves' findings kept (node-walk.ts); its profiler keeps its own. */
    protected override async validateAstNodes(
        root: AstNode,
        options: ValidationOptions,
        accept: ValidationAcceptor,
        cancelToken?: CancellationToken,
    ): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(root, options, accept, cancelToken);
        const key = `${this.i18n.locale} ${options.categories?.join(',') ?? 'all'}`;
        const kept = { findings: this.leafFindings, key };
        await validateNodes(this.validationRegistry, root, options, accept, (node) => this.validateSingleNodeOptions(node, options), kept, cancelToken);
    }

    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: CancellationToken,
    ): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const locale = this.i18n.locale;
        for (const diagnostic of diagnostics) {
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            const text = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            if (langiumCode === DocumentValidator.LexingError || langiumCode === DocumentValidator.ParsingError) {
                asSyntaxFinding(diagnostic, text, locale);
            } else if (langiumCode === DocumentValidator.LinkingError) {
                asUnresolvedReference(diagnostic, text, locale);
            }
        }
        const text = document.textDocument.getText();
        return consolidateSyntaxErrors(text, this.atTheirCause(document, text, diagnostics), locale);
    }

    /**
     * Where the parser complains is not always where the mistake is: a `{` never closed is reported at
     * that brace (the parser's place as related information) and replaces the parser's complaints after
     * it, its echoes; a refused comma between two numbers is a decimal comma.
     */
    private atTheirCause(document: LangiumDocument, text: string, diagnostics: Diagnostic[]): Diagnostic[] {
        const errors = document.parseResult.parserErrors;
        if (errors.length === 0) return diagnostics;
        const locale = this.i18n.locale;
        const tokens = this.lexer.tokenize(text).tokens;
        const position = (offset: number) => document.textDocument.positionAt(offset);
        let result = diagnostics.map((diagnostic) => {
            if (diagnostic.code !== IssueCodes.SyntaxError) return diagnostic;
            const comma = decimalCommaAt(tokens, document.textDocument.offsetAt(diagnostic.range.start));
            if (!comma) return diagnostic;
            const range = { start: position(comma.start.startOffset), end: position(comma.end.startOffset + comma.end.image.length) };
            return decimalCommaFinding(range, text.slice(comma.start.startOffset, comma.end.startOffset + comma.end.image.length), locale);
        });
        const braces = unclosedBraces(tokens, text);
        if (braces.length === 0) return result;
        const from = braces[0].startOffset;
        const gaveUp = errors
            .map((e) => e.token)
            .filter((t) => Number.isFinite(t.startOffset) && t.startOffset >= from)
            .sort((a, b) => a.startOffset - b.startOffset)[0];
        const at = gaveUp && {
            uri: document.uri.toString(),
            range: { start: position(gaveUp.startOffset), end: position(gaveUp.startOffset + gaveUp.image.length) },
        };
        const afterFirstBrace = (d: Diagnostic) => document.textDocument.offsetAt(d.range.start) >= from;
        result = result.filter((d) => !(d.code === IssueCodes.SyntaxError && afterFirstBrace(d)));
        for (const brace of braces) {
            result.push(unclosedBraceFinding({ start: position(brace.startOffset), end: position(brace.startOffset + 1) }, at, locale));
        }
        return result;
    }
}

/** Findings about single tokens stay meaningful when the tree around them is broken; the rest do not. */
const TOKEN_LEVEL_CODES: ReadonlySet<string> = new Set([
    IssueCodes.SyntaxError,
    IssueCodes.UnterminatedString,
    IssueCodes.UnknownWord,
    IssueCodes.UnclosedBrace,
    IssueCodes.MalformedNumber,
    IssueCodes.DecimalComma,
    IssueCodes.NumberTooLarge,
    IssueCodes.InvalidDate,
    IssueCodes.PercentRange,
    IssueCodes.PercentExpected,
    IssueCodes.PercentTooFine,
    IssueCodes.UnresolvedReference,
]);

const SYNTAX_CODES: ReadonlySet<string> = new Set([
    IssueCodes.SyntaxError,
    IssueCodes.UnterminatedString,
    IssueCodes.UnknownWord,
    IssueCodes.UnclosedBrace,
    IssueCodes.DecimalComma,
]);

/** Findings that leave the parser guessing at the tree. */
const PARSE_BREAKING_CODES: ReadonlySet<string> = new Set([IssueCodes.SyntaxError, IssueCodes.UnclosedBrace, IssueCodes.DecimalComma]);

/**
 * One mistake, one diagnostic.
 * - A line with an unpaired quote gets a single "missing closing quote" finding: the lexer re-pairs the
 *   later quotes, so everything else on that line, and the first complaint on the next, is an echo.
 * - While the parser had to recover, the tree is a guess: sums, codes and other tree-wide findings
 *   would describe the guess, not the file, so only token-level findings remain.
 * - A line keeps its first syntax finding; "expected end of file" after an earlier error is its echo.
 */
function consolidateSyntaxErrors(text: string, diagnostics: Diagnostic[], locale: Locale): Diagnostic[] {
    const unpaired = linesWithUnpairedQuotes(text);
    // the lines matter only around an unpaired quote: a 10,000-line file is not split on every keystroke
    const lines = unpaired.size > 0 ? text.split(/\r\n|\r|\n/) : [];
    const echoLines = new Set<number>();
    for (const line of unpaired.keys()) {
        let next = line + 1;
        while (next < lines.length && lines[next].trim() === '') next++;
        echoLines.add(next);
    }
    const broken = unpaired.size > 0 || diagnostics.some((d) => PARSE_BREAKING_CODES.has(String(d.code)));
    // names a missing import should have brought are that import's finding, not one each
    const importFailed = diagnostics.some((d) => d.code === IssueCodes.ImportNotFound || d.code === IssueCodes.ImportOutside);
    const candidates: Diagnostic[] = diagnostics.filter(
        (d) =>
            (!broken || TOKEN_LEVEL_CODES.has(String(d.code)))
            && !(importFailed && d.code === IssueCodes.UnresolvedReference),
    );
    for (const [line, column] of unpaired) candidates.push(unterminatedStringFinding(line, column, lines[line].length, locale));
    candidates.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const result: Diagnostic[] = [];
    const linesWithSyntaxFinding = new Set<number>();
    let sawSyntaxError = false;
    for (const diagnostic of candidates) {
        const line = diagnostic.range.start.line;
        const code = String(diagnostic.code);
        if (unpaired.has(line) && code !== IssueCodes.UnterminatedString) continue;
        if (code === IssueCodes.SyntaxError && echoLines.has(line)) {
            echoLines.delete(line);
            continue;
        }
        if (SYNTAX_CODES.has(code)) {
            if (linesWithSyntaxFinding.has(line)) continue;
            if (code === IssueCodes.SyntaxError && sawSyntaxError && (diagnostic.data as { earlyEnd?: boolean })?.earlyEnd) continue;
            linesWithSyntaxFinding.add(line);
            sawSyntaxError = true;
        }
        result.push(diagnostic);
    }
    return result;
}
