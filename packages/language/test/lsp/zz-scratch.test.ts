import { test } from 'vitest';
import * as fs from 'node:fs';
import { formatRubricText } from '../../src/lsp/format-text.js';

test('scratch', async () => {
    for (const f of ['common/cchc-common','huyen-2022/huyen-2022','so-2023/so-2023','xa-2025/xa-2025','cong-an-2024/cong-an-2024']) {
        const p = `/work/main/examples/${f}.rubric`;
        const text = fs.readFileSync(p, 'utf8');
        const once = await formatRubricText(text);
        fs.writeFileSync(`/tmp/fmtproto/${f.split('/')[1]}.rubric`, once);
    }
});
