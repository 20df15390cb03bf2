import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';

// The project's named operations, bundled at build time, open as tabs so a visitor starts from
// working examples rather than an empty editor.
const files = import.meta.glob('../../schema/operations/*.graphql', { query: '?raw', import: 'default', eager: true });
const tabs = Object.values(files as Record<string, string>).map((query) => ({ query }));

async function fetcher(params: unknown) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json();
}

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility={true} />,
);
