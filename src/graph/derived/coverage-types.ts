/** What the coverage index (coverage-index.ts) holds: rows as read, and the slots and city entries built from them. */
import type { PackedTotals } from './city-totals';

export interface PledgeRow {
  id: string;
  status: string;
  illustrative: boolean | null;
  areas: string[];
  declared: string[];
  cities: string[];
}
export interface CityRow {
  id: string;
  countryCode: string | null;
  regionId: string | null;
  regionName: string | null;
}

export interface Slot {
  id: string;
  status: string;
  illustrative: boolean | null;
  areas: string[];
  cities: CityEntry[];
  /** Item numbers its action areas reach (shared by every pledge in the same areas). */
  areaReach: Int32Array;
  /** Declared item numbers its areas do not already reach. */
  extra: Int32Array;
  /** Every declared item number. */
  declared: Int32Array;
}
export interface CityEntry extends CityRow {
  no: number;
  pledges: Set<Slot>;
  /** Its joint pledges (several cities), which count once per cell however many of their cities fall in it. */
  joint: Set<Slot>;
  /**
   * Item number -> how many of its single-city pledges reach it (through their areas or by naming
   * it), and how many name it: kept as pledges come and go, so a count with no pledge-level filter
   * adds a city's totals instead of visiting each of its pledges.
   */
  reached: Map<number, number>;
  named: Map<number, number>;
  /** The two as arrays, rebuilt on first use after a change (city-totals.ts). */
  packed?: PackedTotals;
  /** The same per action area, made when a count filters by one (city-totals.ts). */
  areaPacked?: Map<string, PackedTotals>;
}
