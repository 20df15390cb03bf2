import type { Database } from '../db/database';
import { createRepositories, type Repositories } from '../graph/repositories';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  repos: Repositories;
  /** Built per request so batching and caching never leak between users. */
  loaders: Loaders;
}

export function createContext(db: Database): Context {
  const repos = createRepositories(db);
  return { repos, loaders: createLoaders(repos) };
}
