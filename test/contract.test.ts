import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { projectRoot } from '../src/config';

const shared = (file: string) => fs.readFileSync(path.resolve(projectRoot(), '..', 'shared', file), 'utf8');
/** Revision 2 extends revision 1 (`extend type Pledge`, `extend type Query`): read together. */
const contractSdl = () => `${shared('CONTRACT.graphql')}\n${shared('CONTRACT-2.graphql')}`;
const ours = () => buildSchema(fs.readFileSync(path.join(projectRoot(), 'schema', 'schema.graphql'), 'utf8'));

describe('the dashboards contract', () => {
  it('schema/schema.graphql keeps every name and shape of ../shared/CONTRACT.graphql', () => {
    const contract = buildSchema(shared('CONTRACT.graphql'));
    // Anything the contract has that ours lacks or narrows is a breaking change for its clients.
    expect(findBreakingChanges(contract, ours()).map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });

  it('and every name and shape of ../shared/CONTRACT-2.graphql read with it', () => {
    const contract = buildSchema(contractSdl());
    expect(findBreakingChanges(contract, ours()).map((c) => c.description)).toEqual([]);
  });

  it('would notice a missing contract field', () => {
    const contract = buildSchema(contractSdl());
    const trimmed = buildSchema(
      contractSdl()
        .replace('  peers(cityId: ID!, first: Int = 10): [PeerCity!]!\n', '')
        .replace(
          '  overdue: Boolean!                    # active, and no report since a review forum that has passed\n',
          '',
        ),
    );
    expect(findBreakingChanges(contract, trimmed).map((c) => c.description)).toEqual([
      'Pledge.overdue was removed.',
      'Query.peers was removed.',
    ]);
  });
});
