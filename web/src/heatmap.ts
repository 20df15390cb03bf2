import { gql } from './api';
import { badge, h, link } from './dom';
import {
  CellPledgesDocument,
  type CellPledgesQuery,
  type CoverageGroupBy,
  CoverageMatrixDocument,
  type CoverageMatrixQuery,
  type FrameworkCode,
} from './generated/operations';
import { apiLang, t, tv } from './i18n';

type Matrix = CoverageMatrixQuery['coverageMatrix'];

/** Five steps from "none" to "most": the colour says roughly how many, the number says exactly. */
const level = (n: number, max: number) => (n === 0 ? 0 : Math.max(1, Math.ceil((4 * n) / Math.max(max, 1))));

function columnLabel(m: Matrix, n: number): string {
  const col = m.columns[n];
  return m.by === 'STATUS' ? tv(col.key) : col.label;
}

/**
 * The heat map is itself a data table (one row per item, one column per group), so a screen reader
 * reads the same numbers the colours show. Cells are buttons with a roving tab stop: Tab enters the
 * grid once, arrow keys move, Enter lists the pledges behind a cell.
 */
export async function heatmap(framework: FrameworkCode, by: CoverageGroupBy): Promise<HTMLElement> {
  const { coverageMatrix: m } = await gql(CoverageMatrixDocument, { framework, by, filter: null, lang: apiLang() });
  const max = Math.max(0, ...m.rows.flatMap((r) => r.pledgeCounts));
  const panel = h('section', { class: 'cell-pledges', 'aria-live': 'polite' });
  const buttons: HTMLButtonElement[][] = [];

  const open = async (row: Matrix['rows'][number], n: number) => {
    const col = m.columns[n];
    const heading = h('h3', {}, t('cellPledges', { item: `${row.item.id}`, col: columnLabel(m, n) }));
    if (row.pledgeCounts[n] === 0) return panel.replaceChildren(heading, h('p', {}, t('none')));
    const filter = {
      item: row.item.id,
      region: by === 'REGION' ? col.key : null,
      actionArea: by === 'ACTION_AREA' ? col.key : null,
      status: by === 'STATUS' ? col.key : null,
    };
    let pledges: CellPledgesQuery['pledges'];
    try {
      ({ pledges } = await gql(CellPledgesDocument, filter));
    } catch (e) {
      return panel.replaceChildren(heading, h('p', { role: 'alert' }, `${t('error')} ${(e as Error).message}`));
    }
    panel.replaceChildren(
      heading,
      h(
        'ul',
        {},
        ...pledges.edges.map(({ node: p }) =>
          h(
            'li',
            {},
            link(`/pledges/${p.id}`, p.title),
            ' — ',
            link(`/cities/${p.city.id}`, p.city.name),
            ' ',
            badge(p.illustrative),
          ),
        ),
      ),
    );
  };

  const move = (r: number, c: number) => {
    const target =
      buttons[Math.max(0, Math.min(buttons.length - 1, r))]?.[Math.max(0, Math.min(m.columns.length - 1, c))];
    if (!target) return;
    for (const b of buttons.flat()) b.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  };
  const keys: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };

  const body = m.rows.map((row, r) => {
    const gap = row.pledgeCounts.every((n) => n === 0);
    buttons[r] = [];
    const cells = row.pledgeCounts.map((n, c) => {
      const b = h(
        'button',
        {
          type: 'button',
          class: `cell h${level(n, max)}`,
          tabindex: r === 0 && c === 0 ? 0 : -1,
          'aria-label': `${row.item.id}, ${columnLabel(m, c)}: ${t('pledgeCount', { n })}`,
          onclick: () => void open(row, c),
          onkeydown: (ev: Event) => {
            const d = keys[(ev as KeyboardEvent).key];
            if (!d) return;
            ev.preventDefault();
            move(r + d[0], c + d[1]);
          },
        },
        String(n),
      ) as HTMLButtonElement;
      buttons[r].push(b);
      return h('td', {}, b);
    });
    return h(
      'tr',
      { class: gap ? 'gap' : null },
      h(
        'th',
        { scope: 'row' },
        link(`/items/${row.item.id}`, row.item.id),
        ' ',
        h('span', { class: 'item-title' }, row.item.title),
        gap ? h('span', { class: 'gap-mark' }, t('gap')) : null,
      ),
      ...cells,
    );
  });

  const grid = h(
    'div',
    { class: 'table-wrap heat' },
    h(
      'table',
      {},
      h('caption', {}, `${t('heatmap')}: ${framework} × ${t(`by${by}`)}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('item')),
          ...m.columns.map((_, n) => h('th', { scope: 'col' }, columnLabel(m, n))),
        ),
      ),
      h('tbody', {}, ...body),
    ),
  );
  const gaps = m.rows.filter((r) => r.pledgeCounts.every((n) => n === 0)).length;
  return h(
    'div',
    { class: 'heatmap' },
    h(
      'p',
      { class: 'hint' },
      t('cellHint'),
      ' ',
      t('gapsNote'),
      ` (${gaps}/${m.rows.length})`,
      ' ',
      t('illustrativeNote'),
    ),
    h(
      'p',
      {},
      h(
        'a',
        { href: `/export/coverage.csv?framework=${framework}&by=${by}&lang=${apiLang().toLowerCase()}`, download: '' },
        t('csv'),
      ),
    ),
    grid,
    panel,
  );
}
