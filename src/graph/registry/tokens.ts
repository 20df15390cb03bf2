import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/database';

export const ROLES = ['CITY_EDITOR', 'CURATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenRecord {
  id: string;
  name: string;
  role: Role;
  cities: string[];
  createdAt: string;
  revokedAt: string | null;
}

/** What a write is done as: a token's holder, or the importer and the seed loader. */
export interface Actor {
  /** The token's id; absent for the importer and the seed loader. */
  id?: string;
  name: string;
  role: Role;
  cities: string[];
}

export class TokenInputError extends Error {}

/** SHA-256 is enough here: secrets are 32 random bytes, so there is nothing to guess or brute-force. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

const PREFIX = 'cgt';

export class TokenRepository {
  constructor(private readonly db: Database) {}

  /** Returns the record and the bearer token, which exists only in this return value. */
  async create(name: string, role: string, cities: string[]): Promise<{ token: string; record: TokenRecord }> {
    if (!/^[\p{L}\p{N} .@_'-]{1,80}$/u.test(name))
      throw new TokenInputError("--name must be 1-80 letters, digits, spaces or . @ _ ' -");
    if (!(ROLES as readonly string[]).includes(role))
      throw new TokenInputError(`--role must be one of ${ROLES.join(', ')}`);
    if (role === 'CITY_EDITOR' && cities.length === 0)
      throw new TokenInputError('a CITY_EDITOR needs at least one --city');
    const known = await this.db.read('cities-by-ids', { ids: cities });
    const missing = cities.filter((c) => !known.some((r) => (r.city as { id: string }).id === c));
    if (missing.length > 0) throw new TokenInputError(`unknown city id(s): ${missing.join(', ')}`);
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const [row] = await this.db.write('token-create', {
      id,
      name,
      role,
      cities: [...new Set(cities)],
      hash: hashSecret(secret),
      createdAt: new Date().toISOString(),
    });
    return { token: `${PREFIX}_${secret}`, record: row.token as TokenRecord };
  }

  async list(): Promise<TokenRecord[]> {
    return (await this.db.read('token-list')).map((r) => r.token as TokenRecord);
  }

  async revoke(id: string): Promise<TokenRecord | null> {
    const [row] = await this.db.write('token-revoke', { id, at: new Date().toISOString() });
    return row ? (row.token as TokenRecord) : null;
  }

  /** The live token for a bearer string, or null when it is malformed, unknown or revoked. */
  async resolve(bearer: string): Promise<TokenRecord | null> {
    if (!bearer.startsWith(`${PREFIX}_`) || bearer.length > 200) return null;
    const [row] = await this.db.read('token-by-hash', { hash: hashSecret(bearer.slice(PREFIX.length + 1)) });
    const token = row?.token as TokenRecord | undefined;
    return token && token.revokedAt === null ? token : null;
  }
}
