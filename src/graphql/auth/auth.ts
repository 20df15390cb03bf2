import type { Actor, TokenRepository } from '../../graph/registry/tokens';

/** Who is asking: resolved from the bearer token at most once per request, and only when needed. */
export interface RequestAuth {
  /** True when the request carried an Authorization header at all. */
  readonly presented: boolean;
  /** The token's holder, or null without a token or with a bad or revoked one. */
  actor(): Promise<Actor | null>;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function requestAuth(tokens: TokenRepository, authorization: string | undefined): RequestAuth {
  let resolved: Promise<Actor | null> | undefined;
  const bearer = authorization ? BEARER.exec(authorization)?.[1] : undefined;
  return {
    presented: authorization !== undefined && authorization !== '',
    actor() {
      resolved ??= bearer
        ? tokens.resolve(bearer).then((t) => (t ? { id: t.id, name: t.name, role: t.role, cities: t.cities } : null))
        : Promise.resolve(null);
      return resolved;
    },
  };
}
