import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { projectRoot } from '../../config';
import type { Database } from '../../db/database';
import { encodeCursor } from '../../graphql/shared/page';
import { EXPLORER_CASES } from './explorer-cases';

export interface BenchCase {
  name: string;
  variables: Record<string, unknown>;
  /** Turns the raw statement's `data` into the operation's: only what Cypher cannot do (base64). */
  finish?: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** The sample graph's ids, which synthetic imports keep. */
export const CASES: BenchCase[] = [
  { name: 'city-sdg-targets', variables: { cityId: 'montreal-ca' } },
  { name: 'uncovered-gcm-objectives', variables: {} },
  { name: 'action-area-across-frameworks', variables: { id: 'AA-4' } },
  { name: 'community-of-practice', variables: { cityId: 'montreal-ca', first: 5 } },
  { name: 'pledge-to-nua-28', variables: { pledgeId: 'bristol-gb-2023-1' } },
  { name: 'pledges-in-area', variables: { id: 'AA-4', first: 100 }, finish: cursorOfPage },
  { name: 'explorer-coverage-matrix', variables: { framework: 'SDG', by: 'REGION' } },
  {
    name: 'explorer-filtered-coverage',
    variables: { framework: 'SDG', filter: { region: 'Europe', actionArea: 'AA-4' } },
  },
  ...EXPLORER_CASES,
];

function cursorOfPage(data: Record<string, unknown>): Record<string, unknown> {
  const area = data.actionArea as { pledges: { pageInfo: { endCursor: string | null } } } | null;
  if (area?.pledges.pageInfo.endCursor) area.pledges.pageInfo.endCursor = encodeCursor(area.pledges.pageInfo.endCursor);
  return data;
}

const read = (...parts: string[]) => fs.readFileSync(path.join(projectRoot(), ...parts), 'utf8');

// Keep-alive connections and node:http rather than fetch: the client shares the 2 cores with the
// server it measures, and fetch spends several times more CPU per request than the server's hit path.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function postJson(url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One arm sends the named operation over HTTP like a dashboard would. */
export function graphqlArm(url: string, c: BenchCase): () => Promise<Record<string, unknown>> {
  const body = JSON.stringify({ query: read('schema', 'operations', `${c.name}.graphql`), variables: c.variables });
  return async () => {
    const json = JSON.parse(await postJson(url, body)) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (json.errors) throw new Error(`${c.name}: ${JSON.stringify(json.errors).slice(0, 300)}`);
    return json.data ?? {};
  };
}

/** The other runs the hand-written statement in cypher/bench/ through the driver: the floor. */
export function rawArm(db: Database, c: BenchCase): () => Promise<Record<string, unknown>> {
  const text = read('cypher', 'bench', `${c.name}.cypher`);
  return async () => {
    // An auto-commit read, as the service's own reads are (src/db/database.ts): the cheapest call.
    const session = db.driver.session({ database: db.name, defaultAccessMode: 'READ' });
    try {
      const result = await session.run(text, c.variables);
      const data = result.records[0].get('data') as Record<string, unknown>;
      return c.finish ? c.finish(data) : data;
    } finally {
      await session.close();
    }
  };
}
