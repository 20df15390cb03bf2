import { gql } from '../api';
import { badge, h, itemLink, link, section, table, fill } from '../dom';
import { ExplorerCityDocument, type ExplorerCityQuery } from '../generated/operations';
import { apiLang, t, tv } from '../i18n';

type Commitment = NonNullable<ExplorerCityQuery['city']>['gcm'][number];

const pathLinks = (path: string[]) =>
  // The pledge link opens its graph with this very path lit.
  path.flatMap((id, n) => [
    n ? ' → ' : '',
    n === 0 ? link(`/pledges/${id}`, id, { to: path[path.length - 1] }) : itemLink(id, id),
  ]);

/** A city: its pledges, what they commit it to in each framework (basis and path), its peers. */
export async function cityPage(main: HTMLElement, id: string): Promise<void> {
  const { city, peers } = await gql(ExplorerCityDocument, { id, lang: apiLang() });
  if (!city) {
    main.replaceChildren(h('h1', {}, t('notFound')), h('p', {}, id));
    return;
  }
  document.title = `${city.name} · ${t('appName')}`;
  const commitments = (fw: string, list: Commitment[]) =>
    h(
      'details',
      { open: fw === 'GCM' },
      h('summary', {}, `${fw} (${list.length})`),
      table(
        `${t('commitments')} · ${fw}`,
        [t('item'), t('basis'), t('path')],
        list.map((c) => [[itemLink(c.item.id, c.item.id), ` ${c.item.title}`], tv(c.basis), pathLinks(c.path)]),
      ),
    );
  fill(
    main,
    h('p', { class: 'kicker' }, [city.countryName, city.region].filter(Boolean).join(' · ')),
    h('h1', {}, city.name, ' ', badge(city.illustrative)),
    section(
      t('pledges'),
      table(
        t('pledges'),
        [t('title'), t('status')],
        city.pledges.edges.map(({ node: p }) => [
          [link(`/pledges/${p.id}`, p.title), ' ', badge(p.illustrative)],
          tv(p.status),
        ]),
      ),
    ),
    section(
      t('commitments'),
      commitments('GCM', city.gcm),
      commitments('GCR', city.gcr),
      commitments('NUA', city.nua),
      commitments('SDG', city.sdg),
    ),
    section(
      t('peers'),
      table(
        t('peers'),
        [t('city'), t('score'), t('shared')],
        peers.map((p) => [
          [link(`/cities/${p.city.id}`, p.city.name), ' ', badge(p.city.illustrative)],
          `${Math.round(p.score * 100)} %`,
          `${p.shared.length}: ${p.shared
            .slice(0, 12)
            .map((s) => s.id)
            .join(', ')}${p.shared.length > 12 ? ', …' : ''}`,
        ]),
      ),
    ),
  );
}
