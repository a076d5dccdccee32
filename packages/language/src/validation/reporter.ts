import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { message, type MessageParams } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import type { IssueCode } from './issue-codes.js';

type Where = { node: AstNode; property?: string; index?: number; keyword?: string; range?: Range };

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
        this.accept(severity, message(this.locale, code, params), { ...where, code } as Parameters<ValidationAcceptor>[2]);
    }
}
