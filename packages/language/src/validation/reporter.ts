import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { diagnosticMessage, type DiagnosticParams } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import type { IssueCode } from './issue-codes.js';

type Where = { node: AstNode; property?: string; index?: number; keyword?: string; range?: Range; data?: object };

/** Reports a finding by issue code: the message comes from the catalogue, in the session's language. */
export class Reporter {
    constructor(
        private readonly accept: ValidationAcceptor,
        readonly locale: Locale,
    ) {}

    error<C extends IssueCode>(code: C, params: DiagnosticParams<C>, where: Where): void {
        this.report('error', code, diagnosticMessage(this.locale, code, params), where);
    }

    warning<C extends IssueCode>(code: C, params: DiagnosticParams<C>, where: Where): void {
        this.report('warning', code, diagnosticMessage(this.locale, code, params), where);
    }

    private report(severity: 'error' | 'warning', code: IssueCode, message: string, where: Where): void {
        // data.code too: Langium's convention, which quick fixes and langium/test's testCodeAction read
        const data = { ...where.data, code };
        this.accept(severity, message, { ...where, code, data } as Parameters<ValidationAcceptor>[2]);
    }
}
