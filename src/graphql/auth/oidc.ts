import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from '../../config-service';
import { ROLES, type Actor, type Role } from '../../graph/registry/tokens';

/** Resolves a bearer JWT to its holder, or null when it does not verify or names no known role. */
export type OidcVerifier = (jwt: string) => Promise<Actor | null>;

/** Three base64url parts: what a compact JWS looks like, as opposed to a registry token (cgt_…). */
export const looksLikeJwt = (bearer: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(bearer) && bearer.length < 8192;

/**
 * JWTs of an OpenID Connect provider, verified with jose against its JWKS (fetched once, cached,
 * refreshed when an unknown key id appears): signature, expiry and not-before, issuer and audience.
 * The role and the cities come from configured claims. Nothing of the token is logged or kept.
 */
export function oidcVerifier(config: OidcConfig): OidcVerifier {
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000 });
  return async (jwt) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jwt, keys, {
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: 30,
      }));
    } catch {
      return null;
    }
    const role = payload[config.roleClaim];
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return null;
    const raw = payload[config.citiesClaim];
    const cities = Array.isArray(raw) ? raw.filter((c): c is string => typeof c === 'string') : [];
    const name = typeof payload.name === 'string' ? payload.name : (payload.sub ?? 'oidc user');
    return { id: `oidc:${payload.sub ?? name}`, name, role: role as Role, cities };
  };
}
