/**
 * Control characters that a terminal would obey rather than show (ESC and CSI start colour, cursor and
 * title sequences; OSC ones can even write links or the clipboard), and the bidirectional overrides that
 * reorder what is shown. Line breaks and tabs stay: the reports are laid out with them.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text for the terminal: a unit name or a choice from an assessment cannot move the cursor or recolour it; such characters show as `\u{1b}`. */
export function terminalText(text: string): string {
    return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
