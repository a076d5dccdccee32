// An esbuild plugin shared by the CLI's bundle (esbuild.mjs) and the executables' (exe/build.mjs).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The language package's modules only declare things (its one side effect, the polyfill, excepted): let
 * esbuild drop those a command does not use, e.g. the zod schemas when only `check` runs.
 */
export const languageWithoutSideEffects = {
    name: 'language-without-side-effects',
    setup(build) {
        const languageDist = path.resolve(here, '../language/dist') + path.sep;
        build.onResolve({ filter: /.*/ }, async (args) => {
            if (args.pluginData?.resolving) return undefined;
            if (!args.path.startsWith('@par-rubric/language') && !args.importer.startsWith(languageDist)) return undefined;
            const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
            if (resolved.errors.length > 0 || !resolved.path.startsWith(languageDist) || resolved.path.endsWith(`${path.sep}polyfill.js`)) return resolved;
            return { ...resolved, sideEffects: false };
        });
    },
};
