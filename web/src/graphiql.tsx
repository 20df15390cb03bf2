import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './graphiql-page.css';
import { createRoot } from 'react-dom/client';

// The project's named operations, bundled at build time, open as tabs so a visitor starts from
// working examples rather than an empty editor.
const files = import.meta.glob('../../schema/operations/*.graphql', { query: '?raw', import: 'default', eager: true });
const EXAMPLE_VARIABLES: Record<string, unknown> = {
  ActionAreaAcrossFrameworks: { id: 'AA-4', lang: 'FR' },
  CitySdgTargets: { cityId: 'montreal-ca' },
  CommunityOfPractice: { cityId: 'montreal-ca', first: 5 },
  PledgeToNua28: { pledgeId: 'montreal-ca-2019-1' },
  PledgesInArea: { id: 'AA-4', first: 10 },
  CoverageMatrix: { framework: 'GCM', by: 'REGION', filter: { illustrative: true } },
  FilteredCoverage: { framework: 'SDG', filter: { region: 'Africa' }, gapsOnly: true },
  ExplorerSearch: { text: 'housing' },
  ExplorerItem: { id: 'SDG-10.7', lang: 'ES' },
  ExplorerCity: { id: 'montreal-ca' },
  ExplorerPledge: { id: 'montreal-ca-2019-1' },
  ExplorerPath: { from: 'montreal-ca-2019-1', to: 'SDG-10.7' },
  ExplorerCrosswalk: { from: 'AA-4' },
  CellPledges: { item: 'GCM-15', region: 'Europe' },
};
const tabs = Object.values(files as Record<string, string>).map((query) => {
  const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
  const vars = EXAMPLE_VARIABLES[name];
  return vars ? { query, variables: JSON.stringify(vars, null, 2) } : { query };
});

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
