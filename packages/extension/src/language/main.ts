// The language server, bundled into out/language-server-body.cjs (loaded by start.ts). @par-rubric/language comes first: it installs
// the Object.groupBy polyfill that Langium's parser needs on Node 20 before Langium itself loads.
import { createRubricServices, isLocale, serveAssessments } from '@par-rubric/language';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { RubricInitializationOptions } from '../protocol.js';
import { referenceCommandLink } from './reference-link.js';
import { registerRubricRequests } from './rubric-requests.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Rubric } = createRubricServices({ connection, ...NodeFileSystem });

// The language module follows the client's display language (LSP `locale`); the extension's own setting
// `parRubric.language` comes in initializationOptions and wins, this listener being registered after it.
shared.lsp.LanguageServer.onInitialize((params) => {
    const locale = (params.initializationOptions as Partial<RubricInitializationOptions> | undefined)?.locale;
    if (isLocale(locale)) Rubric.i18n.locale = locale;
});
Rubric.reference.sectionLink = referenceCommandLink;
// assessments before Langium's handlers: their completion, hover and definition requests are answered there
registerRubricRequests(connection, serveAssessments(shared, Rubric), Rubric);
startLanguageServer(shared);
