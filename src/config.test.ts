import { ConfigError, loadConfig } from './config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('loadConfig', () => {
  it('defaults to the local Neo4j and port 4000 when nothing is set', () => {
    const c = loadConfig({});
    expect(c.neo4jUri).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.neo4jDatabase).toBe('neo4j');
    expect(c.localNeo4jPort).toBe(7687);
    expect(c.localNeo4jData).toMatch(/\.data[/\\]neo4j$/);
  });

  it('accepts cluster and Aura URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' }).neo4jUri).toBe('neo4j://db.example:7687');
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.example' }).neo4jUri).toBe(
      'neo4j+s://abc.databases.example',
    );
  });

  it('names the variable and the bad value for each problem, all at once', () => {
    const problems = problemsOf({ NEO4J_URI: 'http://localhost:7474', PORT: 'eighty', NEO4J_DATABASE: 'x' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/NEO4J_URI .*"http:\/\/localhost:7474"/);
    expect(problems[1]).toMatch(/NEO4J_DATABASE .*"x"/);
    expect(problems[2]).toMatch(/PORT .*"eighty"/);
  });

  it('rejects out-of-range ports and non-boolean flags', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([expect.stringMatching(/PORT must be a port number/)]);
    expect(problemsOf({ SEED_ON_START: 'maybe' })).toEqual([
      expect.stringMatching(/SEED_ON_START must be true or false/),
    ]);
  });

  it('puts every problem in the error message', () => {
    expect(() => loadConfig({ PORT: '0', LOCAL_NEO4J_PORT: '-1' })).toThrow(/PORT[\s\S]*LOCAL_NEO4J_PORT/);
  });

  it('bases its own URIs on PUBLIC_BASE_URL, defaulting to the HTTP address, without a trailing slash', () => {
    expect(loadConfig({}).publicBaseUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://data.example.org/graph/' }).publicBaseUrl).toBe(
      'https://data.example.org/graph',
    );
    expect(problemsOf({ PUBLIC_BASE_URL: 'data.example.org' })).toEqual([expect.stringMatching(/PUBLIC_BASE_URL/)]);
    expect(problemsOf({ PUBLIC_BASE_URL: 'ftp://x.example' })).toEqual([expect.stringMatching(/PUBLIC_BASE_URL/)]);
    expect(problemsOf({ PUBLIC_BASE_URL: 'https://x.example/?a=1' })).toEqual([
      expect.stringMatching(/PUBLIC_BASE_URL/),
    ]);
  });

  it('turns OIDC on only with a JWKS URL, and then needs the issuer and the audience', () => {
    expect(loadConfig({}).service.oidc).toBeUndefined();
    expect(problemsOf({ OIDC_JWKS_URL: 'https://login.example/certs' })).toEqual([
      expect.stringMatching(/OIDC_ISSUER is required/),
      expect.stringMatching(/OIDC_AUDIENCE is required/),
    ]);
    const c = loadConfig({
      OIDC_JWKS_URL: 'https://login.example/certs',
      OIDC_ISSUER: 'https://login.example',
      OIDC_AUDIENCE: 'cg',
    });
    expect(c.service.oidc).toEqual({
      jwksUrl: 'https://login.example/certs',
      issuer: 'https://login.example',
      audience: 'cg',
      roleClaim: 'role',
      citiesClaim: 'cities',
    });
  });
});
