import type { CompiledRubric, Locale } from '@par-rubric/language';
import { annexHtml, annexMarkdown } from '@par-rubric/cli/renderers';
import type { AnnexFormat } from '../protocol.js';

export function renderAnnex(compiled: CompiledRubric, format: AnnexFormat, locale: Locale): string {
    return format === 'md' ? annexMarkdown(compiled, locale) : annexHtml(compiled, locale);
}
