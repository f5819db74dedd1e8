// GraphiQL 5 bundled from npm with its monaco workers (vite flavour): no CDN, works offline.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './exampleTabs';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} />
  </StrictMode>,
);
