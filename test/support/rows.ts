import type { PledgeRow } from '../../src/graph/pledges/validate';

/** A validated pledge row as the importer writes it: one lead city, one action area, nothing optional. */
export function pledgeRow(id: string, cityId: string, fields: Partial<PledgeRow> = {}): PledgeRow {
  return {
    id,
    cityId,
    cityIds: [cityId],
    cityName: cityId,
    country: 'CAN',
    title: `Pledge ${id}`,
    description: null,
    actionAreas: ['AA-1'],
    frameworkItems: [],
    status: 'PLEDGED',
    pledgedOn: '2022-01-01',
    targetDate: null,
    partners: [],
    illustrative: true,
    lang: null,
    ...fields,
  };
}
