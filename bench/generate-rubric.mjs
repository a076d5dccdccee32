#!/usr/bin/env node
// A deterministic, valid rubric of about N lines for benchmarks and robustness tests: fields → criteria →
// items (some criteria are leaves), every scoring method, every metric type, evidence rules (named,
// inline, with explanation, with a cap), optional nodes, adjustments and grades. The same arguments
// always give the same text, and the result checks clean (no errors, no warnings).
//
//   node bench/generate-rubric.mjs --lines 10000 [-o out.rubric]
import * as fs from 'node:fs';

/** Points are kept in hundredths (integers) so that sums are exact; printed as plain decimals. */
const points = (hundredths) => {
    const whole = Math.floor(hundredths / 100);
    const fraction = hundredths % 100;
    return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
};

/** mulberry32: a tiny seeded generator, so "random" choices repeat exactly. */
export function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const MAXIMA = [100, 150, 200, 250, 300, 50, 100, 200]; // hundredths: 1, 1.5, 2, 2.5, 3, 0.5 …
const TITLES = [
    'Ban hành kế hoạch CCHC năm',
    'Mức độ thực hiện kế hoạch CCHC',
    'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
    'Văn bản ban hành trễ hạn',
    'Kiểm tra công tác CCHC tại cơ quan, đơn vị',
    'Mức độ hài lòng của người dân, tổ chức',
    'Thực hiện cơ chế một cửa, một cửa liên thông',
    'Ứng dụng công nghệ thông tin, chuyển đổi số',
    'Tuyên truyền cải cách hành chính',
    'Sáng kiến, mô hình cải cách hành chính mới',
];
const METHODS = ['choice', 'yesno', 'deadline', 'bands', 'proportional', 'deduct', 'judged', 'survey', 'formula', 'ratioBands'];

/**
 * One leaf's scoring body (lines without the enclosing braces), the metrics it declares, and the evidence
 * names it requires. `index` picks the method so that every method recurs evenly.
 */
function leafBody(index, max, rnd, evidenceNames) {
    const method = METHODS[index % METHODS.length];
    const half = points(max / 2);
    const full = points(max);
    const metricName = `m${index}`;
    const metrics = [];
    const lines = [];
    switch (method) {
        case 'choice':
            lines.push('choice {', `  "Ban hành kịp thời": ${full}`, `  "Ban hành không kịp thời": ${half}`, '  "Không ban hành": 0', '}');
            break;
        case 'yesno':
            metrics.push(`metric ${metricName} yesno "Có bố trí kinh phí ${index}"`);
            metrics.push(`metric ${metricName}p percent "Tỷ lệ nhiệm vụ hoàn thành ${index}"`);
            lines.push(`yesno all(${metricName}, ${metricName}p >= 80%) {`, `  yes "Đủ nhiệm vụ và có kinh phí": ${full}`, '  no: 0', '}');
            break;
        case 'deadline':
            metrics.push(`metric ${metricName} date "Ngày ban hành ${index}"`);
            lines.push(`deadline ${metricName} due 2022-03-31 grace 5 days {`, `  onTime: ${full}`, `  late: ${half}`, '  missing: 0', '}');
            break;
        case 'bands':
            metrics.push(`metric ${metricName} percent "Tỷ lệ hồ sơ đúng hạn ${index}"`);
            lines.push(`bands ${metricName} {`, `  >= 95%: ${full}`, `  > 80.5%: ${half}`, '  else: 0', '}');
            break;
        case 'ratioBands':
            metrics.push(`metric ${metricName} ratio "Tỷ lệ văn bản được kiểm tra ${index}"`);
            lines.push(`bands ${metricName} {`, `  >= 0.9: ${full}`, `  >= 0.5: ${half}`, '  >= 0: 0', '}');
            break;
        case 'proportional':
            metrics.push(`metric ${metricName} percent "Tỷ lệ thực hiện ${index}"`);
            lines.push(`proportional ${metricName}`);
            break;
        case 'deduct':
            metrics.push(`metric ${metricName} count "Số văn bản trễ hạn ${index}"`);
            lines.push(`deduct 0.25 per ${metricName}`);
            break;
        case 'judged':
            lines.push('judged step 0.25');
            break;
        case 'survey':
            lines.push('survey "SIPAS"');
            break;
        case 'formula':
            metrics.push(`metric ${metricName} number "Số mô hình mới ${index}"`);
            metrics.push(`metric ${metricName}k oneOf ("Tốt", "Chưa tốt") "Đánh giá chung ${index}"`);
            lines.push(`formula if(${metricName}k = "Tốt", min(${full}, ${metricName} * 0.5), 0)`);
            break;
    }
    if (method !== 'survey') {
        const evidence = evidenceNames[Math.floor(rnd() * evidenceNames.length)];
        const other = evidenceNames[(index * 7) % evidenceNames.length];
        switch (index % 4) {
            case 0:
                lines.push(`requires ${evidence}`);
                break;
            case 1:
                lines.push(`requires "Báo cáo kết quả thực hiện ${index}" or explanation`);
                break;
            case 2:
                lines.push(`requires ${evidence}, ${other === evidence ? `"Văn bản ${index}"` : other} missing cap ${points(max / 2)}`);
                break;
            default:
                lines.push(`requires ${evidence} missing flag`);
        }
    }
    return { lines, metrics, survey: method === 'survey' };
}

/**
 * The rubric text of about `lines` lines (at least one field with one item). `items` instead fixes the
 * number of scored leaves (the district example has ~60).
 */
export function generateRubric(options = {}) {
    // the line estimate is close but not exact: grow the target until the text is long enough
    let text = render(options);
    for (let lines = options.lines, tries = 0; options.items === undefined && tries < 5; tries++) {
        const count = text.split('\n').length - 1;
        if (count >= options.lines) break;
        lines += options.lines - count;
        text = render({ ...options, lines });
    }
    return text;
}

function render({ lines: targetLines, items: targetItems, seed = 2022, name = 'GENERATED' }) {
    const rnd = random(seed);
    const evidenceCount = Math.max(3, Math.round((targetItems ?? targetLines / 10) / 4));
    const evidenceNames = Array.from({ length: evidenceCount }, (_, i) => `ev${i}`);
    const evidence = evidenceNames.map((e, i) => {
        const extras = [' kind decision', ' kind report issuer "UBND huyện"', ' kind report min 2', ' issuedBy 2022-12-31'][i % 4];
        return `evidence ${e} "Tài liệu kiểm chứng số ${i}"${extras}`;
    });
    const usedEvidence = new Set();
    const fields = [];
    const metrics = [];
    let surveyTotal = 0;
    let lineCount = 30 + evidence.length; // header, adjustments, grades
    let leafIndex = 0;
    const done = () => (targetItems !== undefined ? leafIndex >= targetItems : lineCount >= targetLines);
    while (fields.length === 0 || !done()) {
        const field = { code: String(fields.length + 1), criteria: [], max: 0 };
        fields.push(field);
        lineCount += 2;
        const criteriaWanted = 3 + (fields.length % 4);
        while (field.criteria.length < criteriaWanted && (field.criteria.length === 0 || !done())) {
            const criterion = { code: `${field.code}.${field.criteria.length + 1}`, items: [], max: 0, leaf: undefined };
            field.criteria.push(criterion);
            lineCount += 2;
            const makeLeaf = (code) => {
                const max = MAXIMA[Math.floor(rnd() * MAXIMA.length)];
                const body = leafBody(leafIndex, max, rnd, evidenceNames);
                for (const line of body.lines) for (const e of evidenceNames) if (line.includes(` ${e}`) && new RegExp(`\\b${e}\\b`).test(line)) usedEvidence.add(e);
                metrics.push(...body.metrics);
                if (body.survey) surveyTotal += max;
                lineCount += body.lines.length + body.metrics.length + 2;
                leafIndex += 1;
                return { code, max, body, optional: leafIndex % 13 === 0, title: TITLES[leafIndex % TITLES.length] };
            };
            if (field.criteria.length % 5 === 0) {
                criterion.leaf = makeLeaf(criterion.code);
                criterion.max = criterion.leaf.max;
            } else {
                const itemsWanted = 2 + ((fields.length + field.criteria.length) % 4);
                while (criterion.items.length < itemsWanted && (criterion.items.length === 0 || !done())) {
                    const item = makeLeaf(`${criterion.code}.${criterion.items.length + 1}`);
                    criterion.items.push(item);
                    criterion.max += item.max;
                }
            }
            field.max += criterion.max;
        }
    }
    const total = fields.reduce((s, f) => s + f.max, 0);
    const out = [];
    out.push(`// Generated by bench/generate-rubric.mjs (seed ${seed}); do not edit.`);
    out.push(`rubric ${name} "Bộ chỉ số CCHC cấp huyện (sinh tự động)" {`);
    out.push('  unitType district', '  year 2022', '  basis "Quyết định số 123/QĐ-UBND ngày 01/3/2022 của UBND tỉnh"');
    out.push(`  total ${points(total)}`, '  step 0.01', '  ties shared');
    if (surveyTotal > 0) out.push(`  survey ${points(surveyTotal)}`);
    out.push('  missingEvidence zero', '');
    for (const metric of metrics) out.push(`  ${metric}`);
    out.push('');
    // an unused evidence declaration would be a warning: declare only what the leaves require
    for (const [i, e] of evidence.entries()) if (usedEvidence.has(evidenceNames[i])) out.push(`  ${e}`);
    out.push('');
    const leafLines = (leaf, kind, indent) => {
        const pad = ' '.repeat(indent);
        const optional = leaf.optional ? ' optional "Đơn vị không có nhiệm vụ này"' : '';
        out.push(`${pad}${kind} ${leaf.code} "${leaf.title} ${leaf.code}" max ${points(leaf.max)}${optional} {`);
        for (const line of leaf.body.lines) out.push(`${pad}  ${line}`);
        out.push(`${pad}}`);
    };
    for (const field of fields) {
        const lead = Number(field.code) % 2 === 0 ? ' lead "Sở Nội vụ"' : '';
        out.push(`  field ${field.code} "Lĩnh vực ${field.code}: ${TITLES[Number(field.code) % TITLES.length]}" max ${points(field.max)}${lead} {`);
        for (const criterion of field.criteria) {
            if (criterion.leaf) {
                leafLines(criterion.leaf, 'criterion', 4);
                continue;
            }
            out.push(`    criterion ${criterion.code} "Tiêu chí ${criterion.code}" max ${points(criterion.max)} {`);
            for (const item of criterion.items) leafLines(item, 'item', 6);
            out.push('    }');
        }
        out.push('  }');
    }
    out.push('', '  adjustments {', '    bonus innovation "Sáng kiến, mô hình CCHC mới" max 2', '    penalty discipline "Vi phạm kỷ luật hành chính" max 5', '  }');
    out.push('', '  grades {', '    "Tốt" >= 80%', '    "Khá" >= 70%', '    "Trung bình" >= 50%', '    "Yếu" otherwise', '  }', '}', '');
    return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const args = process.argv.slice(2);
    const option = (name) => {
        const at = args.indexOf(name);
        return at >= 0 ? args[at + 1] : undefined;
    };
    const items = option('--items');
    const text = generateRubric({ lines: Number(option('--lines') ?? 10_000), items: items ? Number(items) : undefined });
    const out = option('-o');
    if (out) fs.writeFileSync(out, text);
    else process.stdout.write(text);
}
