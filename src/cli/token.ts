import { TokenInputError, TokenRepository } from '../graph/registry/tokens';
import { runCli } from './run';

const USAGE = [
  'usage: npm run token -- create --name NAME --role CITY_EDITOR|CURATOR|ADMIN [--city ID]...',
  '       npm run token -- list',
  '       npm run token -- revoke ID',
].join('\n');

function options(args: string[]): { name?: string; role?: string; cities: string[]; bad: string[] } {
  const out: { name?: string; role?: string; cities: string[]; bad: string[] } = { cities: [], bad: [] };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined || value.startsWith('--')) out.bad.push(flag);
    else if (flag === '--name') out.name = value;
    else if (flag === '--role') out.role = value.toUpperCase();
    else if (flag === '--city') out.cities.push(value);
    else out.bad.push(flag);
  }
  return out;
}

/**
 * npm run token: manages API tokens beside a running `npm start` (it shares the local Neo4j).
 * `create` prints the bearer token as the very last line of output, so scripts can take `tail -1`.
 */
runCli('token', async (db, args) => {
  const tokens = new TokenRepository(db);
  const [command, ...rest] = args;
  if (command === 'create') {
    const o = options(rest);
    if (o.bad.length > 0 || !o.name || !o.role) {
      console.error(o.bad.length > 0 ? `token: bad option(s) ${o.bad.join(', ')}\n${USAGE}` : USAGE);
      return 2;
    }
    try {
      const { token, record } = await tokens.create(o.name, o.role, o.cities);
      console.error(`token: created ${record.id} "${record.name}" (${record.role} ${record.cities.join(', ')})`);
      console.error('token: the token is shown once, on the next line; only its hash is stored.');
      console.log(token);
      return 0;
    } catch (e) {
      if (e instanceof TokenInputError) {
        console.error(`token: ${e.message}`);
        return 2;
      }
      throw e;
    }
  }
  if (command === 'list' && rest.length === 0) {
    for (const t of await tokens.list())
      console.log(
        [t.id, t.role, JSON.stringify(t.name), t.cities.join(';') || '-', t.createdAt, t.revokedAt ?? 'active'].join(
          '\t',
        ),
      );
    return 0;
  }
  if (command === 'revoke' && rest.length === 1) {
    const t = await tokens.revoke(rest[0]);
    if (!t) {
      console.error(`token: no token with id ${rest[0]}`);
      return 1;
    }
    console.log(`token: ${t.id} "${t.name}" revoked at ${t.revokedAt}`);
    return 0;
  }
  console.error(USAGE);
  return 2;
});
