import type { CityEntry, CityRow } from './coverage-types';
import { CityPlaces } from './city-places';

/**
 * The coverage index's cities: each entry by id with a number that never changes, the numbers in id
 * order, and their places coded (city-places.ts). Scans read numbers and typed arrays; the entries
 * themselves are visited only for a page's ids or a city's own pledges.
 */
export class CityBook {
  readonly entries = new Map<string, CityEntry>();
  private readonly ids: string[] = [];
  private order?: Int32Array;
  private places?: CityPlaces;

  /** Adds cities, or updates a known city's country and region. */
  put(rows: CityRow[]): void {
    this.places = undefined;
    for (const r of rows) {
      const known = this.entries.get(r.id);
      if (known) {
        Object.assign(known, r);
        continue;
      }
      const no = this.ids.length;
      this.ids.push(r.id);
      this.order = undefined;
      this.entries.set(r.id, { ...r, no, pledges: new Set(), joint: new Set(), reached: new Map(), named: new Map() });
    }
  }

  /** City numbers in city id order. */
  inIdOrder(): Int32Array {
    const ids = this.ids;
    this.order ??= Int32Array.from(ids.keys()).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
    return this.order;
  }

  idOf(no: number): string {
    return this.ids[no];
  }

  /** Which city numbers a place filter keeps (1 in the array). */
  inPlace(f: { country?: string | null; region?: string | null }): Uint8Array {
    this.places ??= new CityPlaces(this.entries.values(), this.entries.size);
    return this.places.passing(f);
  }
}
