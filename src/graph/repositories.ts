import type { Database } from '../db/database';
import { AnalysisRepository } from './analysis.repo';
import { CityRepository } from './cities.repo';
import { CoverageRepository } from './coverage.repo';
import { FrameworkRepository } from './frameworks.repo';
import { ItemRepository } from './items.repo';
import { PledgeRepository } from './pledges.repo';
import { RegistryReads } from './registry/reads';
import { TokenRepository } from './registry/tokens';
import { RegistryWriter } from './registry/write';

export interface Repositories {
  frameworks: FrameworkRepository;
  items: ItemRepository;
  pledges: PledgeRepository;
  cities: CityRepository;
  analysis: AnalysisRepository;
  coverage: CoverageRepository;
  registry: RegistryWriter;
  registryReads: RegistryReads;
  tokens: TokenRepository;
}

/** `now` is injectable so tests can date writes; the service uses the clock. */
export function createRepositories(db: Database, now: () => Date = () => new Date()): Repositories {
  return {
    frameworks: new FrameworkRepository(db),
    items: new ItemRepository(db),
    pledges: new PledgeRepository(db),
    cities: new CityRepository(db),
    analysis: new AnalysisRepository(db),
    coverage: new CoverageRepository(db),
    registry: new RegistryWriter(db, now),
    registryReads: new RegistryReads(db),
    tokens: new TokenRepository(db),
  };
}
