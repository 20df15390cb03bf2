/** Service settings: operation limits, timeouts, HTTP protections, logs. Parsed by loadConfig. */
export interface ServiceConfig {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** Operations at or above this cost share `expensiveConcurrency` permits. */
  expensiveCost: number;
  expensiveConcurrency: number;
  /** Server-side transaction timeout of every read; the client gives up shortly after. */
  queryTimeoutMs: number;
  /** Transaction timeout of writes (imports, seeding), which legitimately take longer. */
  writeTimeoutMs: number;
  bodyLimitBytes: number;
  /** Requests per client per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Origins allowed by CORS; empty means no cross-origin browser access, "*" means any. */
  corsOrigins: string[];
  introspection: boolean;
  /** Adds stack traces to error answers: for debugging only, never in a shared deployment. */
  debugErrors: boolean;
  logLevel: string;
  /** Proxies in front of the service whose X-Forwarded-For is trusted for the client's address. */
  trustProxy: number;
  /** Bearer JWTs from an OpenID Connect provider, besides the registry's own tokens (unset: off). */
  oidc?: OidcConfig;
}

export interface OidcConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Claim holding CITY_EDITOR, CURATOR or ADMIN. */
  roleClaim: string;
  /** Claim holding the city ids a CITY_EDITOR acts for (an array of strings). */
  citiesClaim: string;
}

function oidc(env: NodeJS.ProcessEnv, problems: string[]): OidcConfig | undefined {
  const jwksUrl = env.OIDC_JWKS_URL ?? '';
  if (jwksUrl === '') return undefined;
  if (!/^https?:\/\/\S+$/.test(jwksUrl)) problems.push(`OIDC_JWKS_URL must be an http(s) URL (got "${jwksUrl}")`);
  const issuer = env.OIDC_ISSUER ?? '';
  const audience = env.OIDC_AUDIENCE ?? '';
  if (issuer === '') problems.push('OIDC_ISSUER is required with OIDC_JWKS_URL');
  if (audience === '') problems.push('OIDC_AUDIENCE is required with OIDC_JWKS_URL');
  return {
    jwksUrl,
    issuer,
    audience,
    roleClaim: env.OIDC_ROLE_CLAIM || 'role',
    citiesClaim: env.OIDC_CITIES_CLAIM || 'cities',
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function int(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

export function loadServiceConfig(env: NodeJS.ProcessEnv, problems: string[]): ServiceConfig {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of origins) {
    if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o)) {
      problems.push(`CORS_ORIGINS must list origins like https://example.org, comma-separated (got "${o}")`);
    }
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return {
    maxDepth: int(env, 'MAX_DEPTH', 10, 1, 100, problems),
    maxAliases: int(env, 'MAX_ALIASES', 30, 0, 1000, problems),
    maxDirectives: int(env, 'MAX_DIRECTIVES', 20, 0, 1000, problems),
    maxTokens: int(env, 'MAX_TOKENS', 2000, 50, 100000, problems),
    maxCost: int(env, 'MAX_COST', 10000, 1, 10000000, problems),
    expensiveCost: int(env, 'EXPENSIVE_COST', 2500, 1, 10000000, problems),
    expensiveConcurrency: int(env, 'EXPENSIVE_CONCURRENCY', 3, 1, 100, problems),
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 15000, 100, 600000, problems),
    writeTimeoutMs: int(env, 'WRITE_TIMEOUT_MS', 600000, 1000, 3600000, problems),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 102400, 1024, 10485760, problems),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1000000, problems),
    corsOrigins: origins,
    introspection: bool(env, 'INTROSPECTION', true, problems),
    debugErrors: bool(env, 'DEBUG_ERRORS', false, problems),
    logLevel,
    trustProxy: int(env, 'TRUST_PROXY', 0, 0, 10, problems),
    oidc: oidc(env, problems),
  };
}

/** Defaults for code that builds an app without reading the environment (tests, bench). */
export const defaultServiceConfig = (): ServiceConfig => loadServiceConfig({}, []);
