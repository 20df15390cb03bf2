import { gql } from '../api';
import { badge, h, href, itemLink, link, section } from '../dom';
import { ExplorerHomeDocument, ExplorerSearchDocument } from '../generated/operations';
import { heatmap } from '../heatmap';
import { apiLang, t } from '../i18n';

/** Search over items, action areas, cities and pledges, the headline counts, and the GCM heat map. */
export async function homePage(main: HTMLElement): Promise<void> {
  const q = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  const home = await gql(ExplorerHomeDocument, { lang: apiLang() });
  document.title = t('appName');

  const form = h(
    'form',
    { role: 'search', action: '/', method: 'get', class: 'search' },
    h('label', { for: 'q' }, t('searchLabel')),
    h(
      'div',
      { class: 'row' },
      h('input', { id: 'q', name: 'q', type: 'search', value: q, placeholder: t('searchHint') }),
      h('button', { type: 'submit' }, t('searchButton')),
    ),
  );
  if (apiLang() !== 'EN') form.append(h('input', { type: 'hidden', name: 'lang', value: apiLang().toLowerCase() }));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = (form.querySelector('input[name=q]') as HTMLInputElement).value.trim();
    window.history.pushState(null, '', href('/', { q: text }));
    window.dispatchEvent(new PopStateEvent('popstate'));
  });

  const counts = h(
    'ul',
    { class: 'counts' },
    ...home.frameworks.map((f) =>
      h(
        'li',
        {},
        h('strong', {}, String(f.itemCount)),
        ` ${t('frameworkItems')} · `,
        h('abbr', { title: f.name }, f.code),
      ),
    ),
    h('li', {}, h('strong', {}, String(home.cities.totalCount)), ` ${t('cities')}`),
    h('li', {}, h('strong', {}, String(home.pledges.totalCount)), ` ${t('pledges')}`),
  );

  const parts: HTMLElement[] = [h('h1', {}, t('appName')), h('p', { class: 'lead' }, t('tagline')), form];
  if (q) parts.push(await results(q, home.actionAreas));
  parts.push(
    section(t('headline'), counts),
    section(
      `${t('heatmap')} · GCM`,
      h('p', {}, link('/coverage', t('openCoverage'), { framework: 'GCM', by: 'ACTION_AREA' })),
      await heatmap('GCM', 'REGION'),
    ),
  );
  main.replaceChildren(...parts);
}

async function results(q: string, areas: Array<{ id: string; title: string }>): Promise<HTMLElement> {
  const r = await gql(ExplorerSearchDocument, { text: q, lang: apiLang() });
  const words = q.toLowerCase().split(/\s+/);
  const matchedAreas = areas.filter((a) =>
    words.some((w) => a.title.toLowerCase().includes(w) || a.id.toLowerCase() === w),
  );
  const list = (title: string, items: HTMLElement[]) =>
    h('div', {}, h('h3', {}, title), items.length ? h('ul', {}, ...items) : h('p', {}, t('noResults')));
  return h(
    'section',
    { 'aria-live': 'polite', class: 'results' },
    h('h2', {}, `${t('results')}: “${q}”`),
    list(
      t('items'),
      r.searchItems.map((i) => h('li', {}, itemLink(i.id, i.id), ' ', i.title)),
    ),
    list(
      t('actionAreas'),
      matchedAreas.map((a) => h('li', {}, link('/crosswalk', `${a.id} ${a.title}`, { from: a.id }))),
    ),
    list(
      t('cities'),
      r.cities.edges.map(({ node: c }) =>
        h('li', {}, link(`/cities/${c.id}`, c.name), ` (${c.countryName ?? ''}) `, badge(c.illustrative)),
      ),
    ),
    list(
      t('pledges'),
      r.pledges.edges.map(({ node: p }) =>
        h('li', {}, link(`/pledges/${p.id}`, p.title), ` — ${p.city.name} `, badge(p.illustrative)),
      ),
    ),
  );
}
