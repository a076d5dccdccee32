import type { CompiledRubric, Locale } from '@par-rubric/language';
import type { AnnexFormat } from '../protocol.js';

export function renderAnnex(_compiled: CompiledRubric, _format: AnnexFormat, _locale: Locale): string {
    throw new Error('not yet');
}
