#!/usr/bin/env node
// The rubric language server over stdio, for the benchmark when the extension's bundled server has not
// been built. @par-rubric/language comes first: it installs the polyfill Langium needs on Node 20.
import { createRubricServices } from '@par-rubric/language';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createRubricServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
