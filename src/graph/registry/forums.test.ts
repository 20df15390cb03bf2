import { passedForums, reportDue, type Forum } from './forums';

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

  it('counts a report filed ahead of a forum for that forum, then waits for the next one', () => {
    const p = { status: 'IN_PROGRESS', pledgedOn: '2021-01-01', reportDates: ['2022-05-18'] };
    expect(reportDue(p, '2022-06-01', forums)).toEqual({ nextReportDue: '2023-12-15', overdue: false });
    expect(reportDue(p, '2024-01-01', forums)).toEqual({ nextReportDue: '2023-12-15', overdue: true });
    const again = { ...p, reportDates: ['2023-12-14', '2022-05-18'] };
    expect(reportDue(again, '2024-01-01', forums)).toEqual({ nextReportDue: '2026-05-31', overdue: false });
  });

  it('has nothing due after the last known forum', () => {
    const p = { status: 'PLEDGED', pledgedOn: '2026-06-01', reportDates: [] };
    expect(reportDue(p, '2027-01-01', forums)).toEqual({ nextReportDue: null, overdue: false });
  });

  it('owes nothing when completed, withdrawn, suspended or a draft', () => {
    for (const status of ['COMPLETED', 'WITHDRAWN', 'SUSPENDED', 'DRAFT'])
      expect(reportDue({ status, pledgedOn: '2020-01-01', reportDates: [] }, '2030-01-01', forums)).toEqual({
        nextReportDue: null,
        overdue: false,
      });
  });

  it('names the forums that have passed', () => {
    expect(passedForums('2022-05-20', forums)).toEqual({ lastForum: null, prevForum: null });
    expect(passedForums('2024-01-01', forums)).toEqual({ lastForum: '2023-12-15', prevForum: '2022-05-20' });
  });

  it('agrees with the rule the overdue filter applies in Cypher, for every day and history here', () => {
    const days = ['2021-06-01', '2022-05-20', '2022-05-21', '2023-12-16', '2026-06-01', '2031-01-01'];
    const histories = [[], ['2021-03-01'], ['2022-05-18'], ['2022-06-01'], ['2023-12-14'], ['2026-05-31']];
    for (const today of days)
      for (const reportDates of histories)
        for (const pledgedOn of ['2020-01-01', '2022-05-20', '2023-01-01']) {
          const { lastForum, prevForum } = passedForums(today, forums);
          const last = reportDates.at(-1);
          // The statement's rule: no report -> made by the last forum; else last report by the one before.
          const cypherRule =
            lastForum !== null &&
            (last === undefined ? pledgedOn <= lastForum : prevForum !== null && last <= prevForum);
          expect([
            today,
            reportDates,
            pledgedOn,
            reportDue({ status: 'PLEDGED', pledgedOn, reportDates }, today, forums).overdue,
          ]).toEqual([today, reportDates, pledgedOn, cypherRule]);
        }
  });
});
