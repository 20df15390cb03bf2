import { ApiError, gql } from '../api';
import { h, itemLink, section, table, fill } from '../dom';
import { ExplorerCrosswalkDocument, type ExplorerCrosswalkQuery } from '../generated/operations';
import { drawGraph, type GraphEdge, type GraphNode } from '../graph';
import { apiLang, t, tv } from '../i18n';

/** The links of an item or action area into the four frameworks, as a graph and as a table. */
export async function crosswalkPage(main: HTMLElement): Promise<void> {
  const from = (new URLSearchParams(window.location.search).get('from') ?? 'AA-4').trim();
  let r: ExplorerCrosswalkQuery;
  try {
    r = await gql(ExplorerCrosswalkDocument, { from, maxHops: 2, lang: apiLang() });
  } catch (e) {
    // An id that is neither an item nor an action area is the visitor's typo, not a failure.
    if (!(e instanceof ApiError)) throw e;
    fill(main, h('h1', {}, t('navCrosswalk')), h('p', { role: 'alert' }, `${t('notFound')} (${from})`));
    return;
  }
  const name = r.node && 'title' in r.node ? `${from} ${r.node.title}` : from;
  document.title = `${t('navCrosswalk')} · ${from} · ${t('appName')}`;
  const results = [...r.gcm, ...r.gcr, ...r.nua, ...r.sdg];
  const nodes: GraphNode[] = [{ id: from, kind: from.startsWith('AA-') ? 'area' : from.split('-')[0], ring: 10 }];
  const edges: GraphEdge[] = [];
  for (const x of results) {
    x.path.forEach((id, n) => {
      nodes.push({ id, kind: id.startsWith('AA-') ? 'area' : id.split('-')[0], ring: 10 - n });
      if (n > 0) edges.push({ source: x.path[n - 1], target: id });
    });
  }
  const form = h(
    'form',
    { action: '/crosswalk', method: 'get', class: 'controls' },
    h('label', { for: 'from' }, `${t('crosswalkFrom')} `),
    h('input', { id: 'from', name: 'from', value: from, size: 16 }),
    apiLang() !== 'EN' ? h('input', { type: 'hidden', name: 'lang', value: apiLang().toLowerCase() }) : null,
    h('button', { type: 'submit' }, t('show')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const params = new URLSearchParams(new FormData(form as HTMLFormElement) as unknown as Record<string, string>);
    window.history.pushState(null, '', `/crosswalk?${params}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  const graph = r.node ? drawGraph(from, nodes, edges, t('graphAlt')) : null;
  fill(
    main,
    h('h1', {}, t('crosswalkOf', { x: name })),
    form,
    r.node ? null : h('p', { role: 'alert' }, t('notFound')),
    graph ? graph.element : null,
    section(
      t('links'),
      table(
        t('crosswalkOf', { x: from }),
        [t('framework'), t('item'), t('basis'), t('hops'), t('path'), t('rationale')],
        results.map((x) => [
          x.item.framework,
          [itemLink(x.item.id, x.item.id), ` ${x.item.title}`],
          tv(x.basis),
          String(x.hops),
          x.path.join(' → '),
          x.rationales.join(' / '),
        ]),
      ),
    ),
  );
  await graph?.mount();
}
