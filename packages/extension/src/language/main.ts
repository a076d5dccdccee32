// The language server, bundled into out/language-server.cjs. @par-rubric/language comes first: it installs
// the Object.groupBy polyfill that Langium's parser needs on Node 20 before Langium itself loads.
import { createRubricServices, isLocale } from '@par-rubric/language';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerRubricRequests } from './rubric-requests.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Rubric } = createRubricServices({ connection, ...NodeFileSystem });

// Messages follow the language the client asks for (the extension's setting or VS Code's display language).
shared.lsp.LanguageServer.onInitialize((params) => {
    const locale = (params.initializationOptions as { locale?: unknown } | undefined)?.locale ?? params.locale?.slice(0, 2);
    if (isLocale(locale)) Rubric.i18n.locale = locale;
});
registerRubricRequests(connection, shared, Rubric);
startLanguageServer(shared);
