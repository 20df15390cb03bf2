import type { Actor, TokenRepository } from '../../graph/registry/tokens';
import { looksLikeJwt, type OidcVerifier } from './oidc';

/** Who is asking: resolved from the bearer token at most once per request, and only when needed. */
export interface RequestAuth {
  /** True when the request carried an Authorization header at all. */
  readonly presented: boolean;
  /** The token's holder, or null without a token or with a bad or revoked one. */
  actor(): Promise<Actor | null>;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The one place the viewer is decided: a registry token (hashed, in the graph) or, when OIDC is
 * configured, a provider's JWT; both give the same Actor, so writes are authorized alike.
 */
export function requestAuth(
  tokens: TokenRepository,
  authorization: string | undefined,
  oidc?: OidcVerifier,
): RequestAuth {
  let resolved: Promise<Actor | null> | undefined;
  const bearer = authorization ? BEARER.exec(authorization)?.[1] : undefined;
  const resolve = async (b: string): Promise<Actor | null> => {
    if (oidc && looksLikeJwt(b)) return oidc(b);
    const t = await tokens.resolve(b);
    return t ? { id: t.id, name: t.name, role: t.role, cities: t.cities } : null;
  };
  return {
    presented: authorization !== undefined && authorization !== '',
    actor() {
      resolved ??= bearer ? resolve(bearer) : Promise.resolve(null);
      return resolved;
    },
  };
}
