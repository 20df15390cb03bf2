import { h } from '../dom';
import type { CoverageGroupBy, FrameworkCode } from '../generated/operations';
import { heatmap } from '../heatmap';
import { apiLang, t } from '../i18n';

const FRAMEWORKS: FrameworkCode[] = ['GCM', 'GCR', 'NUA', 'SDG'];
const GROUPS: CoverageGroupBy[] = ['REGION', 'ACTION_AREA', 'STATUS'];

/** The heat map on its own page, for any framework and grouping, with its CSV. */
export async function coveragePage(main: HTMLElement): Promise<void> {
  const q = new URLSearchParams(window.location.search);
  const framework = (FRAMEWORKS as string[]).includes(q.get('framework') ?? '')
    ? (q.get('framework') as FrameworkCode)
    : 'GCM';
  const by = (GROUPS as string[]).includes(q.get('by') ?? '') ? (q.get('by') as CoverageGroupBy) : 'REGION';
  document.title = `${t('heatmap')} · ${framework} · ${t('appName')}`;
  const select = (name: string, label: string, values: string[], current: string, text: (v: string) => string) =>
    h(
      'label',
      {},
      `${label} `,
      h('select', { name }, ...values.map((v) => h('option', { value: v, selected: v === current }, text(v)))),
    );
  const form = h(
    'form',
    { action: '/coverage', method: 'get', class: 'controls' },
    select('framework', t('framework'), FRAMEWORKS, framework, (v) => v),
    select('by', t('groupBy'), GROUPS, by, (v) => t(`by${v}` as 'byREGION')),
    apiLang() !== 'EN' ? h('input', { type: 'hidden', name: 'lang', value: apiLang().toLowerCase() }) : null,
    h('button', { type: 'submit' }, t('show')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const params = new URLSearchParams(new FormData(form as HTMLFormElement) as unknown as Record<string, string>);
    window.history.pushState(null, '', `/coverage?${params}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  main.replaceChildren(
    h('h1', {}, `${t('heatmap')} · ${framework} × ${t(`by${by}`)}`),
    form,
    await heatmap(framework, by),
  );
}
