import type { Database } from '../db/database';
import { createRepositories, type Repositories } from '../graph/repositories';
import { requestAuth, type RequestAuth } from './auth/auth';
import type { DraftOverlay } from '../graph/registry/overlay';
import type { OidcVerifier } from './auth/oidc';
import { createLoaders, type Loaders } from './loaders';
import { lazyOverlay } from './registry/drafts';

export interface Context {
  repos: Repositories;
  /** Built per request so batching and caching never leak between users. */
  loaders: Loaders;
  auth: RequestAuth;
  /** The drafts this request's viewer may see, loaded once (empty for anonymous requests). */
  drafts: () => Promise<DraftOverlay>;
  /** "YYYY-MM-DD": the day due and overdue reports are judged on. */
  today: string;
}

export interface RequestInfo {
  authorization?: string;
  /** Verifies OIDC bearer JWTs when OIDC_JWKS_URL is configured. */
  oidc?: OidcVerifier;
  /** Tests fix the clock; the service uses the real one. */
  now?: () => Date;
}

export function createContext(db: Database, req: RequestInfo = {}): Context {
  const now = req.now ?? (() => new Date());
  const repos = createRepositories(db, now);
  const auth = requestAuth(repos.tokens, req.authorization, req.oidc);
  const drafts = lazyOverlay(repos, auth);
  return {
    repos,
    loaders: createLoaders(repos, drafts),
    auth,
    drafts,
    today: now().toISOString().slice(0, 10),
  };
}
