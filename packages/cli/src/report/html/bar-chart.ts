import { escapeHtml } from './html-escape.js';

export type Bar = { label: string; value: number; text: string; group: number };

const PALETTE = ['#2e7d32', '#1565c0', '#ef6c00', '#c62828', '#6a1b9a', '#00838f'];

/**
 * A horizontal bar chart as inline SVG (no script, no external asset, prints as vectors): one bar per
 * unit, its length the value on a 0–`scale` axis, coloured by group (the grade), the figure at its end.
 */
export function barChart(bars: readonly Bar[], scale: number, title: string, legend: readonly string[] = []): string {
    const labelWidth = 230;
    const plotWidth = 420;
    const rowHeight = 24;
    const top = 28;
    const legendHeight = legend.length > 0 ? 24 : 0;
    const height = top + bars.length * rowHeight + 24 + legendHeight;
    const width = labelWidth + plotWidth + 70;
    const x = (value: number): number => labelWidth + (Math.max(0, Math.min(value, scale)) / scale) * plotWidth;
    const parts: string[] = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`,
        `<text x="0" y="16" font-weight="bold" font-size="14">${escapeHtml(title)}</text>`,
    ];
    for (let tick = 0; tick <= 4; tick++) {
        const value = (scale * tick) / 4;
        const at = round(x(value));
        parts.push(`<line x1="${at}" y1="${top - 4}" x2="${at}" y2="${height - legendHeight - 20}" stroke="#ccc" stroke-width="1"/>`);
        parts.push(`<text x="${at}" y="${height - legendHeight - 6}" font-size="11" text-anchor="middle" fill="#555">${round(value)}</text>`);
    }
    bars.forEach((bar, i) => {
        const y = top + i * rowHeight;
        const end = round(x(bar.value));
        parts.push(`<text x="${labelWidth - 8}" y="${y + 16}" font-size="12" text-anchor="end">${escapeHtml(bar.label)}</text>`);
        parts.push(`<rect class="bar" x="${labelWidth}" y="${y + 4}" width="${round(end - labelWidth)}" height="${rowHeight - 8}" fill="${PALETTE[bar.group % PALETTE.length]}"/>`);
        parts.push(`<text x="${end + 6}" y="${y + 16}" font-size="12">${escapeHtml(bar.text)}</text>`);
    });
    // the legend: one swatch per group (grade), in the order given
    legend.forEach((name, i) => {
        const at = labelWidth + i * 110;
        parts.push(`<rect class="legend" x="${at}" y="${height - 16}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/>`);
        parts.push(`<text x="${at + 16}" y="${height - 6}" font-size="12">${escapeHtml(name)}</text>`);
    });
    parts.push('</svg>');
    return parts.join('');
}

/** Two decimals are enough for a drawing and keep the markup the same on every machine. */
function round(value: number): number {
    return Math.round(value * 100) / 100;
}
