import type { CityFilter } from '../../src/graph/cities.repo';

/** `cities` with no filter set, for tests that set one field at a time. */
export const NO_CITY_FILTER: CityFilter = {
  actionArea: null,
  item: null,
  country: null,
  region: null,
  search: null,
  illustrative: null,
};
