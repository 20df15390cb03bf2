import './style.css';
import { h, href } from './dom';
import { applyDocumentLang, currentLang, LANGS, t } from './i18n';
import { cityPage } from './pages/city';
import { coveragePage } from './pages/coverage';
import { crosswalkPage } from './pages/crosswalk';
import { homePage } from './pages/home';
import { itemPage } from './pages/item';
import { pledgePage } from './pages/pledge';

type Page = (main: HTMLElement, arg: string) => Promise<void>;
const ROUTES: Array<[RegExp, Page]> = [
  [/^\/$/, homePage],
  [/^\/items\/([^/]+)$/, itemPage],
  [/^\/cities\/([^/]+)$/, cityPage],
  [/^\/pledges\/([^/]+)$/, pledgePage],
  [/^\/coverage$/, coveragePage],
  [/^\/crosswalk$/, crosswalkPage],
];
const LANG_NAMES: Record<string, string> = { en: 'English', fr: 'Français', es: 'Español' };

function header(): void {
  const top = document.getElementById('top')!;
  const here = window.location.pathname;
  const nav = (path: string, text: string) =>
    h('a', { href: href(path), 'aria-current': here === path ? 'page' : null }, text);
  const langs = LANGS.map((l) => {
    const q = new URLSearchParams(window.location.search);
    if (l === 'en') q.delete('lang');
    else q.set('lang', l);
    const s = q.toString();
    return h(
      'a',
      { href: `${here}${s ? `?${s}` : ''}`, lang: l, hreflang: l, 'aria-current': l === currentLang() ? 'true' : null },
      LANG_NAMES[l],
    );
  });
  top.replaceChildren(
    h(
      'div',
      { class: 'bar' },
      h('a', { class: 'brand', href: href('/') }, t('appName')),
      h(
        'nav',
        { 'aria-label': t('appName') },
        nav('/', t('navHome')),
        nav('/coverage', t('navCoverage')),
        nav('/crosswalk', t('navCrosswalk')),
        h('a', { href: '/graphql' }, t('navEditor')),
      ),
      h('nav', { class: 'langs', 'aria-label': t('language') }, ...langs),
    ),
  );
  document.getElementById('foot')!.replaceChildren(h('p', {}, t('illustrativeNote')));
  document.querySelector<HTMLAnchorElement>('a.skip')!.textContent = t('skip');
}

async function render(): Promise<void> {
  applyDocumentLang();
  header();
  const main = document.getElementById('main')!;
  main.replaceChildren(h('p', { role: 'status' }, t('loading')));
  const path = decodeURIComponent(window.location.pathname).replace(/\/+$/, '') || '/';
  for (const [re, page] of ROUTES) {
    const m = re.exec(path);
    if (!m) continue;
    try {
      await page(main, m[1] ?? '');
    } catch (e) {
      main.replaceChildren(h('h1', {}, t('error')), h('p', { role: 'alert' }, (e as Error).message));
    }
    return;
  }
  main.replaceChildren(h('h1', {}, t('notFound')));
}

/** Same-origin links to app pages change the history instead of reloading the page. */
document.addEventListener('click', (ev) => {
  const a = (ev.target as Element).closest?.('a');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || a.target) return;
  const url = new URL(a.href, window.location.href);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (url.origin !== window.location.origin || !ROUTES.some(([re]) => re.test(path)) || a.hasAttribute('download'))
    return;
  ev.preventDefault();
  if (url.href !== window.location.href) window.history.pushState(null, '', url.href);
  void render().then(() => {
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus();
  });
});
window.addEventListener('popstate', () => void render());
void render();
