import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Liberation Serif has Times New Roman's metrics: without it LibreOffice sets the decree's Times New Roman
// in a wider face, and pages break where Word's never would
const PACKAGES = ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils', 'fonts-liberation'];

function onPath(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

function timesMetricFont(): boolean {
    return /Liberation Serif|Times New Roman/.test(spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' }).stdout ?? '');
}

/**
 * LibreOffice, poppler and a font with Times New Roman's metrics, installed with apt on first use (as the editor suite installs its browser); the
 * reason it cannot be had otherwise, for the test to skip with.
 */
export function libreOffice(): { ok: true } | { ok: false; reason: string } {
    if (onPath('soffice') && onPath('pdftotext') && timesMetricFont()) return { ok: true };
    if (!onPath('apt-get')) return { ok: false, reason: 'LibreOffice is not installed and apt-get is not available' };
    if (process.getuid?.() !== 0) return { ok: false, reason: `LibreOffice is not installed; run: sudo apt-get install ${PACKAGES.join(' ')}` };
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'ignore', env, timeout: 300_000 });
    const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { stdio: 'ignore', env, timeout: 900_000 });
    if (install.status !== 0 || !onPath('soffice') || !onPath('pdftotext') || !timesMetricFont()) return { ok: false, reason: `apt-get could not install ${PACKAGES.join(' ')}` };
    return { ok: true };
}

/** Converts the files to PDF in `folder` with one LibreOffice run (its own profile, so runs never collide). */
export function convertToPdf(files: readonly string[], folder: string): string[] {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-lo-profile-'));
    try {
        const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files], {
            encoding: 'utf8',
            timeout: 240_000,
        });
        if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    } finally {
        fs.rmSync(profile, { recursive: true, force: true });
    }
    return files.map((file) => path.join(folder, `${path.basename(file, path.extname(file))}.pdf`));
}

/** The PDF's text (pdftotext, reading order) and its page count (pdfinfo). */
export function pdfText(pdf: string): { text: string; pages: number } {
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}
