// The writers the VS Code extension shares with the CLI (`@par-rubric/cli/renderers`): the editor exports
// exactly what `rubric export` writes, and shows the Markdown that `rubric diff --format md` writes.
export { default as annexHtml } from './report/annex/html.js';
export { default as annexMarkdown } from './report/annex/md.js';
export { default as diffMarkdown } from './report/diff/md.js';
