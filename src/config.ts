import path from 'node:path';
import { loadServiceConfig, type ServiceConfig } from './config-service';

export type { ServiceConfig } from './config-service';

/** Settings read once from the environment; every problem is reported, not just the first. */
export interface Config {
  /** Unset means: start the project's local Neo4j and use it. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  host: string;
  port: number;
  localNeo4jPort: number;
  localNeo4jData: string;
  production: boolean;
  /** Where the open-sdg translations live; the official SDG texts are imported from there when present. */
  sdgTextsDir: string;
  seedOnStart: boolean;
  /** Cache anonymous answers keyed on the graph version (src/server/response-cache.ts). */
  responseCache: boolean;
  service: ServiceConfig;
  /** Base of the project's own URIs in JSON-LD and downloads (no trailing slash); they stay stable only if it does. */
  publicBaseUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function rootDir(): string {
  // Compiled code lives in dist/, sources in src/: both sit one level below the project root.
  return path.resolve(__dirname, '..');
}

function parsePort(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 65535) {
    problems.push(`${name} must be a port number between 1 and 65535 (got "${raw}")`);
    return fallback;
  }
  return n;
}

/** An http(s) URL with no query or fragment; the trailing slash is dropped so URIs join with "/". */
function parseBaseUrl(name: string, raw: string | undefined, fallback: string, problems: string[]): string {
  if (raw === undefined || raw.trim() === '') return fallback;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    problems.push(`${name} must be an absolute http(s) URL (got "${raw}")`);
    return fallback;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search !== '' || url.hash !== '') {
    problems.push(`${name} must be an http(s) URL without query or fragment (got "${raw}")`);
    return fallback;
  }
  return url.href.replace(/\/+$/, '');
}

function parseBool(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const uri = env.NEO4J_URI?.trim() || undefined;
  if (uri !== undefined) {
    const scheme = uri.split('://')[0];
    if (!uri.includes('://') || !URI_SCHEMES.includes(scheme)) {
      problems.push(`NEO4J_URI must start with one of ${URI_SCHEMES.map((s) => `${s}://`).join(', ')} (got "${uri}")`);
    }
  }
  const database = env.NEO4J_DATABASE ?? 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    problems.push(
      `NEO4J_DATABASE must be a Neo4j database name (3-63 letters, digits, dots, dashes; got "${database}")`,
    );
  }
  const host = env.HOST ?? 'localhost';
  if (host.trim() === '' || /\s/.test(host)) problems.push(`HOST must be a host name or address (got "${host}")`);
  const user = env.NEO4J_USER ?? 'neo4j';
  if (uri !== undefined && user === '') problems.push('NEO4J_USER must not be empty when NEO4J_URI is set');

  const port = parsePort('PORT', env.PORT, 4000, problems);
  const config: Config = {
    neo4jUri: uri,
    neo4jUser: user,
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: database,
    host,
    port,
    localNeo4jPort: parsePort('LOCAL_NEO4J_PORT', env.LOCAL_NEO4J_PORT, 7687, problems),
    localNeo4jData: path.resolve(rootDir(), env.LOCAL_NEO4J_DATA ?? path.join('.data', 'neo4j')),
    production: env.NODE_ENV === 'production',
    sdgTextsDir: path.resolve(
      rootDir(),
      env.SDG_TEXTS_DIR ?? path.join('..', 'shared', 'reference', 'open-sdg-sdg-translations'),
    ),
    seedOnStart: parseBool('SEED_ON_START', env.SEED_ON_START, true, problems),
    responseCache: parseBool('RESPONSE_CACHE', env.RESPONSE_CACHE, true, problems),
    service: loadServiceConfig(env, problems),
    publicBaseUrl: parseBaseUrl('PUBLIC_BASE_URL', env.PUBLIC_BASE_URL, `http://${host}:${port}`, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export const projectRoot = rootDir;
