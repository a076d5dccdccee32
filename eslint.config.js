// Lint rules that keep the tree's structure honest: type-only imports say so, no module imports itself back
// through a circle, and the scoring engine stays free of the editor's machinery.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
    {
        ignores: ['**/node_modules/**', '**/dist/**', '**/out/**', 'packages/language/src/generated/**', 'test/editor/.runtime/**', '.editor-test/**', 'coverage/**'],
    },
    {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
        settings: {
            'import-x/extensions': ['.ts', '.js', '.mjs'],
            'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
            'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['packages/*/tsconfig.json'], noWarnOnMultipleProjects: true })],
        },
        linterOptions: { reportUnusedDisableDirectives: 'error' },
        rules: {
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
            '@typescript-eslint/no-import-type-side-effects': 'error',
            'import-x/no-cycle': ['error', { ignoreExternal: true }],
            'import-x/no-self-import': 'error',
        },
    },
    {
        // the scoring engine works on the compiled rubric: the CLI, the extension and any other program share it
        files: ['packages/language/src/scoring/**/*.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        { group: ['langium', 'langium/*'], message: 'The scoring engine knows nothing of Langium: it works on the compiled rubric.' },
                        { group: ['**/generated/**'], message: 'The scoring engine works on the compiled rubric, not on the AST.' },
                        { group: ['vscode-languageserver*', 'vscode-*'], message: 'The scoring engine knows nothing of the editor.' },
                        { group: ['../validation/*', '../lsp/*', '../parser/*', '../scoping/*', '../workspace/*', '../ast/*'], message: 'The scoring engine works on the compiled rubric only.' },
                    ],
                },
            ],
        },
    },
);
