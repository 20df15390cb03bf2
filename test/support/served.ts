import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db/database';
import { createApp, type App, type AppOptions } from '../../src/server/app';

export interface Served {
  app: App;
  base: string;
  close(): Promise<void>;
}

/** The whole HTTP service on an ephemeral loopback port. */
export async function serve(db: Database, opts: Partial<AppOptions> = {}): Promise<Served> {
  const app = await createApp(db, { production: false, ...opts });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return { app, base, close: () => app.apollo.stop() };
}

export interface Answer {
  status: number;
  type: string;
  text: string;
  json: any;
}

export async function post(base: string, body: string | object, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json };
}
