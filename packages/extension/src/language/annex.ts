import type { CompiledRubric, Locale } from '@par-rubric/language';
// The CLI's own annex writers, bundled in: the editor exports exactly what `rubric export` writes.
import { annexHtml } from '../../../cli/src/report/annex/annex-html.js';
import { annexMarkdown } from '../../../cli/src/report/annex/annex-markdown.js';
import type { AnnexFormat } from '../protocol.js';

export function renderAnnex(compiled: CompiledRubric, format: AnnexFormat, locale: Locale): string {
    return format === 'md' ? annexMarkdown(compiled, locale) : annexHtml(compiled, locale);
}
