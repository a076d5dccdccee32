import { parse as parseYaml, YAMLParseError } from 'yaml';

export type ReadAssessment = { ok: true; value: unknown } | { ok: false; where: string; detail: string };

/**
 * The assessment as the editor holds it, read as YAML for *.yaml/*.yml and as JSON otherwise. A syntax
 * error comes back with its line and column, as the user needs it to find the mistake.
 */
export function readAssessmentText(uri: string, text: string): ReadAssessment {
    const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    if (/\.ya?ml$/i.test(uri)) {
        try {
            return { ok: true, value: parseYaml(text, { uniqueKeys: true, maxAliasCount: 100 }) };
        } catch (error) {
            if (error instanceof YAMLParseError) {
                const position = error.linePos?.[0];
                return { ok: false, where: position ? `${file}:${position.line}:${position.col}` : file, detail: error.message.split('\n')[0] };
            }
            return { ok: false, where: file, detail: String(error) };
        }
    }
    try {
        return { ok: true, value: JSON.parse(text) };
    } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const offset = /position (\d+)/.exec(detail);
        return { ok: false, where: offset ? `${file}:${lineColumn(text, Number(offset[1]))}` : file, detail };
    }
}

function lineColumn(text: string, offset: number): string {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${line}:${offset - before.lastIndexOf('\n')}`;
}
