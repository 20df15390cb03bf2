import { lastForumBefore, reportDue, type Forum } from './forums';

const forums: Forum[] = [
  { id: 'a', forum: 'IMRF', name: 'IMRF', date: '2022-05-20' },
  { id: 'b', forum: 'GRF', name: 'GRF', date: '2023-12-15' },
  { id: 'c', forum: 'IMRF', name: 'IMRF', date: '2026-05-31' },
];

describe('reportDue', () => {
  it('is due at the first forum after the pledge date, overdue once it passed with no report', () => {
    const p = { status: 'PLEDGED', pledgedOn: '2021-01-01', reportDates: [] };
    expect(reportDue(p, '2022-01-01', forums)).toEqual({ nextReportDue: '2022-05-20', overdue: false });
    expect(reportDue(p, '2022-06-01', forums)).toEqual({ nextReportDue: '2022-05-20', overdue: true });
  });

  it('moves to the forum after the last report', () => {
    const p = { status: 'IN_PROGRESS', pledgedOn: '2021-01-01', reportDates: ['2023-12-14', '2022-05-19'] };
    expect(reportDue(p, '2024-01-01', forums)).toEqual({ nextReportDue: '2023-12-15', overdue: true });
    const reported = { ...p, reportDates: ['2023-12-16'] };
    expect(reportDue(reported, '2024-01-01', forums)).toEqual({ nextReportDue: '2026-05-31', overdue: false });
  });

  it('owes nothing when completed, withdrawn, suspended or a draft', () => {
    for (const status of ['COMPLETED', 'WITHDRAWN', 'SUSPENDED', 'DRAFT'])
      expect(reportDue({ status, pledgedOn: '2020-01-01', reportDates: [] }, '2030-01-01', forums)).toEqual({
        nextReportDue: null,
        overdue: false,
      });
  });

  it('names the last forum that has passed', () => {
    expect(lastForumBefore('2022-05-20', forums)).toBeNull();
    expect(lastForumBefore('2024-01-01', forums)).toBe('2023-12-15');
  });
});
