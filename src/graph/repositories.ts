import type { Database } from '../db/database';
import { AnalysisRepository } from './analysis.repo';
import { CityRepository } from './cities.repo';
import { CoverageRepository } from './coverage.repo';
import { FrameworkRepository } from './frameworks.repo';
import { ItemRepository } from './items.repo';
import { PledgeRepository } from './pledges.repo';

export interface Repositories {
  frameworks: FrameworkRepository;
  items: ItemRepository;
  pledges: PledgeRepository;
  cities: CityRepository;
  analysis: AnalysisRepository;
  coverage: CoverageRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    frameworks: new FrameworkRepository(db),
    items: new ItemRepository(db),
    pledges: new PledgeRepository(db),
    cities: new CityRepository(db),
    analysis: new AnalysisRepository(db),
    coverage: new CoverageRepository(db),
  };
}
