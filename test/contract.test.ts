import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { projectRoot } from '../src/config';

const contractFile = path.resolve(projectRoot(), '..', 'shared', 'CONTRACT.graphql');

describe('the dashboards contract', () => {
  it('schema/schema.graphql keeps every name and shape of ../shared/CONTRACT.graphql', () => {
    const contract = buildSchema(fs.readFileSync(contractFile, 'utf8'));
    const ours = buildSchema(fs.readFileSync(path.join(projectRoot(), 'schema', 'schema.graphql'), 'utf8'));
    // Anything the contract has that ours lacks or narrows is a breaking change for its clients.
    expect(findBreakingChanges(contract, ours).map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });

  it('would notice a missing contract field', () => {
    const contract = buildSchema(fs.readFileSync(contractFile, 'utf8'));
    const trimmed = buildSchema(
      fs.readFileSync(contractFile, 'utf8').replace('  peers(cityId: ID!, first: Int = 10): [PeerCity!]!\n', ''),
    );
    expect(findBreakingChanges(contract, trimmed).map((c) => c.description)).toEqual(['Query.peers was removed.']);
  });
});
