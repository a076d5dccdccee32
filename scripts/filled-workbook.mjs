// A unit's assessment typed into the blank workbook of `rubric template --format xlsx`, cell by cell, as a
// unit would: the example's Đồng Xuân workbook (examples/huyen-2022/make-assessments.mjs) and the
// benchmark's commune workbooks (bench/country.mjs). Needs `npm run build` first.
import ExcelJS from 'exceljs';

const { default: xlsxTemplate } = await import('../packages/cli/dist/report/template/xlsx.js');
const { workbookBytes } = await import('../packages/cli/dist/report/xlsx/workbook-bytes.js');

function leaves(nodes, out = []) {
    for (const node of nodes) {
        if (node.children?.length) leaves(node.children, out);
        else out.push(node);
    }
    return out;
}

/** The blank workbook of `rubric template --format xlsx`, typed in as a unit would, cell by cell. */
export async function filledWorkbook(compiled, assessment) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsxTemplate(compiled, 'vi'));
    const [items, metricsSheet, adjustments] = workbook.worksheets;
    const keyRow = (sheet, key) => {
        for (let r = 1; r <= 60; r++) {
            const columns = new Map();
            sheet.getRow(r).eachCell((cell, c) => columns.set(String(cell.value), c));
            if (columns.has(key)) return { row: r, columns };
        }
        throw new Error(`no key row in ${sheet.name}`);
    };
    for (let r = 1; r < 12; r++) {
        const label = String(items.getCell(r, 2).value ?? '');
        if (label === 'Mã đơn vị') items.getCell(r, 3).value = assessment.unit.id;
        if (label === 'Tên đơn vị') items.getCell(r, 3).value = assessment.unit.name;
    }
    const table = keyRow(items, 'code');
    const col = (key) => table.columns.get(key);
    const yes = (value) => (value ? 'Có' : 'Không');
    for (let r = table.row + 1; r <= items.rowCount; r++) {
        const code = items.getCell(r, col('code')).value;
        if (!code) continue;
        const answer = assessment.items[code];
        const set = (key, value) => value !== undefined && (items.getCell(r, col(key)).value = value);
        if (assessment.survey?.[code] !== undefined) set('survey', assessment.survey[code]);
        if (!answer) continue;
        if (answer.notApplicable) {
            set('notApplicable', yes(true));
            continue;
        }
        const node = leaves(compiled.nodes).find((n) => n.code === code);
        set('choice', answer.choice ?? (answer.answer === undefined ? undefined : answer.answer ? node.scoring.outcomes.yes.label : node.scoring.outcomes.no.label));
        set('self', answer.self);
        set('appraisal1', answer.appraisal1);
        set('notes', answer.notes);
        if (answer.explanation) {
            set('explanation', answer.explanation.text);
            if (answer.explanation.accepted !== undefined) set('explanationAccepted', yes(answer.explanation.accepted));
        }
        // one document per row: the template gives each required document its own row under the leaf
        const used = new Set();
        for (const doc of answer.evidence ?? []) {
            const title = node.evidence?.find((e) => (e.evidence ?? e.title) === (doc.ref ?? doc.title))?.title;
            let row = r;
            while (used.has(row) || items.getCell(row, col('required')).value !== title) {
                row++;
                if (items.getCell(row, col('code')).value) throw new Error(`${code}: no row left for "${title}"`);
            }
            used.add(row);
            items.getCell(row, col('evidenceTitle')).value = doc.title;
            if (doc.number) items.getCell(row, col('evidenceNumber')).value = doc.number;
            if (doc.date) items.getCell(row, col('evidenceDate')).value = new Date(`${doc.date}T00:00:00Z`);
            if (doc.link) items.getCell(row, col('evidenceLink')).value = { text: doc.link, hyperlink: doc.link };
            if (doc.section) items.getCell(row, col('evidenceSection')).value = doc.section;
        }
    }
    const metricTable = keyRow(metricsSheet, 'metric');
    for (let r = metricTable.row + 1; r <= metricsSheet.rowCount; r++) {
        const name = metricsSheet.getCell(r, metricTable.columns.get('metric')).value;
        const value = assessment.metrics[name];
        if (value === undefined) continue;
        const cell = metricsSheet.getCell(r, metricTable.columns.get('value'));
        cell.value = typeof value === 'boolean' ? yes(value) : /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? new Date(`${value}T00:00:00Z`) : value;
    }
    const adjustmentTable = keyRow(adjustments, 'kind');
    for (let r = adjustmentTable.row + 1; r <= adjustments.rowCount; r++) {
        const key = adjustments.getCell(r, adjustmentTable.columns.get('key')).value;
        const claim = [...(assessment.bonuses ?? []), ...(assessment.penalties ?? [])].find((c) => c.key === key);
        if (!claim) continue;
        adjustments.getCell(r, adjustmentTable.columns.get('points')).value = claim.points;
        if (claim.reason) adjustments.getCell(r, adjustmentTable.columns.get('reason')).value = claim.reason;
    }
    return workbookBytes(workbook);
}
