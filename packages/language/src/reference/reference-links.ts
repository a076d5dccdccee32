import type { Locale } from '../i18n/locale.js';
import type { IssueCode } from '../validation/issue-codes.js';

/**
 * Where the language reference (docs/reference.vi.md, docs/reference.en.md) explains a thing. Anchors
 * are written into both documents as `<a id="…">`, so a link survives a retitled heading and reads the
 * same in either language.
 */

/** A diagnostic's section: `bands/unreachable` → `bands-unreachable`. */
export function codeAnchor(code: IssueCode): string {
    return code.replace(/\//g, '-');
}

/** The section that explains each keyword of the grammar (a test keeps it complete). */
export const KEYWORD_SECTIONS: Readonly<Record<string, string>> = {
    rubric: 'rubric',
    unitType: 'unit-type',
    province: 'unit-type',
    department: 'unit-type',
    district: 'unit-type',
    commune: 'unit-type',
    year: 'header',
    basis: 'header',
    decision: 'decision',
    total: 'header',
    step: 'step',
    ties: 'ties',
    shared: 'ties',
    dense: 'ties',
    survey: 'survey',
    from: 'survey',
    nearest: 'survey',
    down: 'survey',
    up: 'survey',
    missingEvidence: 'missing-evidence',
    field: 'tree',
    criterion: 'tree',
    item: 'tree',
    max: 'tree',
    lead: 'tree',
    optional: 'not-applicable',
    metric: 'metric',
    percent: 'metric',
    ratio: 'metric',
    count: 'metric',
    number: 'metric',
    date: 'metric',
    oneOf: 'metric',
    evidence: 'evidence',
    kind: 'evidence',
    issuer: 'evidence',
    min: 'evidence',
    issuedBy: 'evidence',
    requires: 'requires',
    explanation: 'requires',
    missing: 'requires',
    zero: 'requires',
    flag: 'requires',
    cap: 'requires',
    choice: 'choice',
    yesno: 'yesno',
    yes: 'yesno',
    no: 'yesno',
    deadline: 'deadline',
    due: 'deadline',
    grace: 'deadline',
    days: 'deadline',
    onTime: 'deadline',
    late: 'deadline',
    bands: 'bands',
    else: 'bands',
    proportional: 'proportional',
    deduct: 'deduct',
    per: 'deduct',
    judged: 'judged',
    formula: 'formula',
    and: 'formula',
    or: 'formula',
    not: 'formula',
    if: 'formula',
    all: 'formula',
    any: 'formula',
    round: 'formula',
    adjustments: 'adjustments',
    bonus: 'adjustments',
    penalty: 'adjustments',
    grades: 'grades',
    otherwise: 'grades',
    import: 'import',
};

/** The reference's file in the locale, as it stands in the repository. */
export function referenceFile(locale: Locale): string {
    return `docs/reference.${locale}.md`;
}

/**
 * A section's address from the project's home (a package.json `homepage` or `repository` URL): on
 * GitHub the file view of the default branch, elsewhere the file under the home.
 */
export function referenceUrl(home: string, locale: Locale, anchor: string): string {
    const base = home.replace(/^git\+/, '').replace(/#.*$/, '').replace(/\.git$/, '').replace(/\/+$/, '');
    const file = referenceFile(locale);
    return /^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(base) ? `${base}/blob/HEAD/${file}#${anchor}` : `${base}/${file}#${anchor}`;
}
