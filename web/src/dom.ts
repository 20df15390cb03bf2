import { currentLang, t } from './i18n';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** A small element builder: attributes, `on*` listeners and children in one call. */
export function h(tag: string, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    // Through the CSSOM: the Content-Security-Policy refuses style attributes set as markup.
    else if (k === 'style') el.style.cssText = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** An in-app URL that keeps the page's language. */
export function href(path: string, params: Record<string, string | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  if (currentLang() !== 'en') q.set('lang', currentLang());
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const link = (path: string, text: Child, params: Record<string, string | null | undefined> = {}) =>
  h('a', { href: href(path, params) }, text);

/** The "illustrative" badge that marks sample data wherever it appears. */
export const badge = (illustrative: boolean | null | undefined) =>
  illustrative ? h('span', { class: 'badge', title: t('illustrativeNote') }, t('illustrative')) : null;

export function section(title: string, ...body: Array<Child | Child[]>): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...body);
}

/** A plain data table: caption, header row, body rows. */
export function table(caption: string, head: string[], rows: Array<Array<Child | Child[]>>): HTMLElement {
  if (rows.length === 0) return h('p', {}, t('none'));
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, ...(Array.isArray(c) ? c : [c])))))),
    ),
  );
}

export const itemPath = (id: string) => (id.startsWith('AA-') ? `/crosswalk` : `/items/${encodeURIComponent(id)}`);
export const itemLink = (id: string, text: Child) =>
  id.startsWith('AA-') ? link('/crosswalk', text, { from: id }) : link(itemPath(id), text);

/** Replaces an element's content, skipping the parts a page leaves out (null or false). */
export function fill(el: HTMLElement, ...children: Child[]): void {
  el.replaceChildren(
    ...children
      .filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false)
      .map((c) => (c instanceof Node ? c : String(c))),
  );
}
