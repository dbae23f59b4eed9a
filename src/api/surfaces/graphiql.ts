import type { ApolloServerPlugin } from '@apollo/server';
import { EXAMPLES } from './examples.js';

/**
 * GraphiQL as Apollo's landing page outside production, in place of Apollo Sandbox (which
 * loads its app and fonts from the internet). @graphql-yoga/render-graphiql inlines GraphiQL,
 * its editor and their styles in one page: nothing is fetched from anywhere but /graphql.
 * Each example operation opens in a tab of its own. The headers editor is on and open, for
 * the write credential of the curation mutations (`{"Authorization": "Bearer sg_..."}`);
 * headers are not persisted, so a key typed there does not outlive the tab. Subscriptions go
 * over graphql-ws (`subscriptionsProtocol: 'WS'`, on /graphql, src/api/live/wsServer.ts).
 * The page is rendered, and its module imported, only when the server starts outside
 * production: the inlined GraphiQL costs 70 MB of memory in a process that never serves it.
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const html = await renderPage();
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

async function renderPage(): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL({
    title: 'stancegraph GraphiQL',
    endpoint: '/graphql',
    defaultTabs: EXAMPLES.map((e) => ({
      query: `# ${e.question}${e.query}\n`,
      variables: e.variables ? JSON.stringify(e.variables, null, 2) : null,
    })),
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
    subscriptionsProtocol: 'WS',
    schemaDescription: true,
  });
}
