import { createHash } from 'node:crypto';

/**
 * The page's one stylesheet and the Content-Security-Policy that allows exactly it: no script, no outside
 * resource, no form, no other style may run or load, whatever a unit name or a rubric title holds, and
 * the page still opens the same from a file, an e-mail or a web server.
 */
export function styleElements(style: string): string[] {
    const css = `${style}\n`;
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    const policy = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
    return [`<meta http-equiv="Content-Security-Policy" content="${policy}">`, `<style>${css}</style>`];
}
