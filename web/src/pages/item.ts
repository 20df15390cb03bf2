import { gql } from '../api';
import { badge, h, itemLink, link, section, table, fill } from '../dom';
import { ExplorerItemDocument } from '../generated/operations';
import { apiLang, t, tv } from '../i18n';

/** One framework item: what it is, its crosswalk links with basis and rationale, who reaches it. */
export async function itemPage(main: HTMLElement, id: string): Promise<void> {
  const { item, cities } = await gql(ExplorerItemDocument, { id, lang: apiLang() });
  if (!item) {
    main.replaceChildren(h('h1', {}, t('notFound')), h('p', {}, id));
    return;
  }
  document.title = `${item.id} · ${t('appName')}`;
  fill(
    main,
    h('p', { class: 'kicker' }, `${item.framework} · ${item.kind} ${item.code}`),
    h('h1', {}, item.title),
    item.summary ? section(t('summary'), h('p', {}, item.summary)) : null,
    item.note ? h('p', { class: 'note' }, item.note) : null,
    item.parent
      ? h('p', {}, `${t('parent')}: `, itemLink(item.parent.id, `${item.parent.id} ${item.parent.title}`))
      : null,
    item.children.length
      ? h(
          'details',
          {},
          h('summary', {}, `${t('children')} (${item.children.length})`),
          h('ul', {}, ...item.children.map((c) => h('li', {}, itemLink(c.id, c.id), ` ${c.title}`))),
        )
      : null,
    h('p', {}, link('/crosswalk', t('crosswalkOf', { x: item.id }), { from: item.id })),
    section(
      t('alignments'),
      table(
        t('alignments'),
        [t('framework'), t('item'), t('basis'), t('rationale')],
        item.alignments.map((a) => [
          a.item.framework,
          [itemLink(a.item.id, a.item.id), ` ${a.item.title}`],
          tv(a.basis),
          a.rationale ?? '',
        ]),
      ),
    ),
    section(
      `${t('reachedBy')} (${item.pledges.totalCount})`,
      table(
        t('reachedBy'),
        [t('title'), t('city'), t('status')],
        item.pledges.edges.map(({ node: p }) => [
          [link(`/pledges/${p.id}`, p.title), ' ', badge(p.illustrative)],
          link(`/cities/${p.city.id}`, p.city.name),
          tv(p.status),
        ]),
      ),
    ),
    section(
      `${t('citiesReaching')} (${cities.totalCount})`,
      cities.edges.length
        ? h(
            'ul',
            { class: 'inline' },
            ...cities.edges.map(({ node: c }) =>
              h('li', {}, link(`/cities/${c.id}`, c.name), ' ', badge(c.illustrative)),
            ),
          )
        : h('p', {}, t('none')),
    ),
  );
}
