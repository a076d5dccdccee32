import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Strings are single-line and may lack their closing quote (the validator reports that); numbers stay
 * as their source text so that every figure is read exactly by the decimal module, never via a float.
 */
export class RubricValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            return unquote(input);
        }
        if (rule.name === 'NUMBER' || rule.name === 'DATE') {
            return input;
        }
        return super.runConverter(rule, input, cstNode);
    }
}

function unquote(token: string): string {
    const closed = !isUnterminatedString(token);
    const body = token.slice(1, closed ? -1 : undefined);
    return body.replace(/\\(.)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
}

function isUnterminatedString(token: string): boolean {
    if (token.length < 2 || !token.endsWith('"')) return true;
    // an odd number of backslashes before the last quote escapes it
    let slashes = 0;
    for (let i = token.length - 2; i > 0 && token[i] === '\\'; i--) slashes++;
    return slashes % 2 === 1;
}
