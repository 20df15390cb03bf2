import { gql } from '../api';
import { badge, h, itemLink, link, section, table, fill } from '../dom';
import { ExplorerPathDocument, ExplorerPledgeDocument } from '../generated/operations';
import { drawGraph, type GraphEdge, type GraphNode } from '../graph';
import { apiLang, t, tv } from '../i18n';

/** A pledge, its reports, and a graph of how it reaches the four frameworks with a chosen path lit. */
export async function pledgePage(main: HTMLElement, id: string): Promise<void> {
  const { pledge: p } = await gql(ExplorerPledgeDocument, { id, lang: apiLang() });
  if (!p) {
    main.replaceChildren(h('h1', {}, t('notFound')), h('p', {}, id));
    return;
  }
  document.title = `${p.title} · ${t('appName')}`;
  const nodes: GraphNode[] = [{ id: p.id, kind: 'pledge', title: p.title }];
  const edges: GraphEdge[] = [];
  const rows: Array<[string, string, string, string]> = [];
  for (const a of p.actionAreas) {
    nodes.push({ id: a.id, kind: 'area', title: a.title });
    edges.push({ source: p.id, target: a.id });
    for (const l of a.alignments) {
      nodes.push({ id: l.item.id, kind: l.item.framework, title: l.item.title });
      edges.push({ source: a.id, target: l.item.id });
      rows.push([a.id, l.item.id, l.basis, l.rationale ?? '']);
    }
  }
  for (const l of p.alignments.filter((x) => x.basis === 'DECLARED')) {
    nodes.push({ id: l.item.id, kind: l.item.framework, title: l.item.title });
    edges.push({ source: p.id, target: l.item.id });
    rows.push([p.id, l.item.id, l.basis, l.rationale ?? '']);
  }
  const titles = new Map(nodes.map((n) => [n.id, n.title ?? n.id]));
  const graph = drawGraph(p.id, nodes, edges, t('graphAlt'));

  const items = [...new Set(nodes.filter((n) => n.kind !== 'pledge' && n.kind !== 'area').map((n) => n.id))].sort();
  const wanted = new URLSearchParams(window.location.search).get('to') ?? '';
  const select = h(
    'select',
    { id: 'path-to', name: 'to' },
    h('option', { value: '' }, '—'),
    ...items.map((i) => h('option', { value: i, selected: i === wanted }, `${i} ${titles.get(i) ?? ''}`.slice(0, 90))),
  );
  const steps = h('div', { class: 'steps', 'aria-live': 'polite' });
  const showPath = async (to: string) => {
    if (!to) return graph.highlight([]);
    const { path } = await gql(ExplorerPathDocument, { from: p.id, to, lang: apiLang() });
    if (!path) {
      graph.highlight([]);
      steps.replaceChildren(h('p', {}, t('noPath')));
      return;
    }
    graph.highlight(path.path);
    steps.replaceChildren(
      h('h3', {}, `${t('pathSteps')}: ${path.item.id} (${tv(path.basis)}, ${path.hops} ${t('hops').toLowerCase()})`),
      h(
        'ol',
        {},
        ...path.path
          .slice(1)
          .map((to, n) =>
            h(
              'li',
              {},
              h('strong', {}, `${path.path[n]} → `, to.startsWith('AA-') ? to : itemLink(to, to)),
              h('br', {}),
              path.rationales[n] ?? '',
            ),
          ),
      ),
    );
  };
  const form = h(
    'form',
    { class: 'controls' },
    h('label', { for: 'path-to' }, `${t('pathTo')} `),
    select,
    h('button', { type: 'submit' }, t('show')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const to = (select as HTMLSelectElement).value;
    const url = new URL(window.location.href);
    if (to) url.searchParams.set('to', to);
    else url.searchParams.delete('to');
    window.history.replaceState(null, '', url.href);
    void showPath(to);
  });
  graph.box.addEventListener('nodeselect', (ev) => {
    const to = (ev as CustomEvent<string>).detail;
    if (!items.includes(to)) return;
    (select as HTMLSelectElement).value = to;
    void showPath(to);
  });

  fill(
    main,
    h('p', { class: 'kicker' }, link(`/cities/${p.city.id}`, p.city.name), ` · ${tv(p.status)}`),
    h('h1', {}, p.title, ' ', badge(p.illustrative)),
    p.description ? h('p', { class: 'lead' }, p.description) : null,
    h(
      'dl',
      {},
      h('dt', {}, t('pledgedOn')),
      h('dd', {}, p.pledgedOn ?? '—'),
      h('dt', {}, t('targetDate')),
      h('dd', {}, p.targetDate ?? '—'),
      h('dt', {}, t('actionAreas')),
      h('dd', {}, p.actionAreas.map((a) => `${a.id} ${a.title}`).join('; ')),
      h('dt', {}, t('partners')),
      h('dd', {}, p.partners.map((x) => x.name).join(', ') || '—'),
    ),
    section(
      t('reports'),
      p.reports.length
        ? table(
            t('reports'),
            ['', t('status'), t('summary')],
            p.reports.map((r) => [`${r.date} ${r.forum}`, tv(r.status), [r.summary, ' ', badge(r.illustrative)]]),
          )
        : h('p', {}, t('noReports')),
    ),
    section(t('graphView'), form, graph.element, steps),
    section(
      t('links'),
      table(
        t('links'),
        [t('from'), t('to'), t('basis'), t('rationale')],
        rows.map(([a, b, basis, why]) => [a, [itemLink(b, b), ` ${titles.get(b) ?? ''}`], tv(basis), why]),
      ),
    ),
  );
  await graph.mount();
  if (wanted) await showPath(wanted);
}
