import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Debian's wine64 (8.0), installed with apt-get on first use, in a prefix of its own that says Windows 10
// (Node 22 refuses the default's older Windows). Node's Windows build under Wine needs its standard output
// to be a file: a pipe gives EBADF.

const wineBinary = '/usr/lib/wine/wine64';
const prefix = path.join(os.tmpdir(), 'rubric-wine-prefix');

export type Wine = { run(exe: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string }; skipped?: string };

function aptGet(args: string[]) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const command = process.getuid?.() === 0 ? ['apt-get', ...args] : ['sudo', '-n', 'apt-get', ...args];
    return spawnSync(command[0], command.slice(1), { env, stdio: 'ignore', timeout: 900_000 }).status === 0;
}

function installed(): string | undefined {
    if (fs.existsSync(wineBinary)) return undefined;
    if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return 'wine64 is not installed and apt-get is unavailable';
    const install = ['install', '-y', '--no-install-recommends', 'wine64'];
    // a fresh machine has no package lists yet
    if (!aptGet(install) && !(aptGet(['update']) && aptGet(install))) return 'wine64 could not be installed with apt-get (no package source reachable?)';
    return fs.existsSync(wineBinary) ? undefined : `apt-get installed wine64 but ${wineBinary} is missing`;
}

/** Wine ready to run a Windows program, or the reason it cannot be. */
export function wine(): Wine {
    const env = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', RUBRIC_LANG: 'en' };
    const run: Wine['run'] = (exe, args, cwd) => {
        const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-wine-out-'));
        try {
            const stdout = fs.openSync(path.join(scratch, 'stdout'), 'w');
            const stderr = fs.openSync(path.join(scratch, 'stderr'), 'w');
            const result = spawnSync(wineBinary, [exe, ...args], { cwd, env, stdio: ['ignore', stdout, stderr], timeout: 300_000 });
            fs.closeSync(stdout);
            fs.closeSync(stderr);
            return { status: result.status, stdout: fs.readFileSync(path.join(scratch, 'stdout'), 'utf8'), stderr: fs.readFileSync(path.join(scratch, 'stderr'), 'utf8') };
        } finally {
            fs.rmSync(scratch, { recursive: true, force: true });
        }
    };
    if (process.platform !== 'linux') return { run, skipped: `Wine is used on Linux only (this is ${process.platform})` };
    const missing = installed();
    if (missing) return { run, skipped: missing };
    if (!fs.existsSync(path.join(prefix, 'system.reg'))) {
        const configured = spawnSync(wineBinary, ['winecfg', '-v', 'win10'], { env, stdio: 'ignore', timeout: 300_000 });
        if (configured.status !== 0) return { run, skipped: `the Wine prefix could not be made (winecfg: exit ${configured.status})` };
    }
    return { run };
}

/** The Windows path Wine gives a Linux one: drive Z: is the root, with backslashes. */
export function windowsPath(linuxPath: string): string {
    return `Z:${linuxPath.replaceAll('/', '\\')}`;
}
