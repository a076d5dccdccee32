import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { message, type MessageParams } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import type { IssueCode } from './issue-codes.js';

type Where = { node: AstNode; property?: string; index?: number; keyword?: string; range?: Range; data?: unknown };

/** Reports a finding by issue code: the message comes from the catalogue, in the session's language. */
export class Reporter {
    constructor(
        private readonly accept: ValidationAcceptor,
        readonly locale: Locale,
    ) {}

    error(code: IssueCode, params: MessageParams, where: Where): void {
        this.report('error', code, params, where);
    }

    warning(code: IssueCode, params: MessageParams, where: Where): void {
        this.report('warning', code, params, where);
    }

    private report(severity: 'error' | 'warning', code: IssueCode, params: MessageParams, where: Where): void {
        // data.code too: Langium's convention, which quick fixes and langium/test's testCodeAction read
        const data = { ...(where.data as object | undefined), code };
        this.accept(severity, message(this.locale, code, params), { ...where, code, data } as Parameters<ValidationAcceptor>[2]);
    }
}
