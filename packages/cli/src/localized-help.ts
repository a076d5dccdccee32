import type { Command, Help, Option } from 'commander';
import type { Locale } from '@par-rubric/language';
import { text } from './cli-text.js';
import type { CliIo, CliStream } from './contracts/cli-io.js';

const TITLES_VI: Record<string, string> = {
    'Usage:': 'Cách dùng:',
    'Options:': 'Tùy chọn:',
    'Commands:': 'Lệnh:',
    'Arguments:': 'Tham số:',
    'Global Options:': 'Tùy chọn chung:',
};

/** Commander's own complaints, in Vietnamese; anything unrecognised stays as commander wrote it. */
const ERRORS_VI: [RegExp, string][] = [
    [/^error: unknown option '(.*)'/, "lỗi: không có tùy chọn '$1'"],
    [/^error: unknown command '(.*)'/, "lỗi: không có lệnh '$1'"],
    [/^error: missing required argument '(.*)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
    [/^error: option '(.*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
    [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./, "lỗi: giá trị '$2' của tùy chọn '$1' không hợp lệ; chọn một trong: $3"],
    [/^error: too many arguments(.*)/, 'lỗi: thừa tham số$1'],
    [/^error: required option '(.*)' not specified/, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
];

/**
 * Help and usage errors in the chosen language (titles, defaults and choices, help's own entry), written
 * to the CLI's streams. Call before adding commands: they copy these settings.
 */
export function localizeHelp(program: Command, locale: Locale, io: CliIo): void {
    const vi = locale === 'vi';
    const translate = vi ? translateError : (text: string) => text;
    program.configureOutput({
        writeOut: (text: string) => io.stdout.write(text),
        writeErr: (text: string) => io.stderr.write(translate(text)),
        outputError: (text: string, write: (s: string) => void) => write(translate(text)),
        getOutHelpWidth: () => terminalWidth(io.stdout),
        getErrHelpWidth: () => terminalWidth(io.stderr),
    });
    program.helpOption('-h, --help', text(locale, 'helpOption'));
    program.helpCommand('help [command]', text(locale, 'helpCommand'));
    if (!vi) return;
    program.configureHelp({
        styleTitle: (title: string) => TITLES_VI[title] ?? title,
        optionDescription(this: Help, option: Option): string {
            const extras: string[] = [];
            if (option.argChoices) extras.push(`lựa chọn: ${option.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
            if (option.defaultValue !== undefined && option.defaultValue !== false) {
                extras.push(`mặc định: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
            }
            return extras.length > 0 ? `${option.description} (${extras.join(', ')})` : option.description;
        },
    });
}

/** A terminal's width, else commander's own default of 80 columns. */
function terminalWidth(stream: CliStream): number {
    return (stream.isTTY ? (stream as { columns?: number }).columns : undefined) ?? 80;
}

function translateError(text: string): string {
    for (const [pattern, replacement] of ERRORS_VI) {
        if (pattern.test(text)) return text.replace(pattern, replacement);
    }
    return text;
}
