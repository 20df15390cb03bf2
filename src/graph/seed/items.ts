import type { Seeds } from './files';
import { sortKey } from './sort-key';

/** A framework item as stored: one shape for all four frameworks, with the `FrameworkItem` label. */
export interface ItemRow {
  id: string;
  framework: 'GCM' | 'GCR' | 'NUA' | 'SDG';
  code: string;
  kind: string;
  parent: string | null;
  props: Record<string, unknown>;
}

const SDG_URI = 'http://metadata.un.org/sdg/';

function verifiedProps(facts: string[] | undefined, required: string[], note?: string) {
  const list = facts ?? [];
  return { verifiedFacts: list, verified: required.every((f) => list.includes(f)), note: note ?? null };
}

function base(
  framework: ItemRow['framework'],
  code: string,
  kind: string,
  parent: string | null,
  props: Record<string, unknown>,
): ItemRow {
  const id = `${framework}-${code}`;
  return {
    id,
    framework,
    code,
    kind,
    parent: parent === null ? null : `${framework}-${parent}`,
    props: { id, framework, code, kind, sortKey: sortKey(code), uri: null, label: null, summary: null, ...props },
  };
}

export function itemRows(seeds: Seeds): ItemRow[] {
  const rows: ItemRow[] = [];
  for (const o of seeds.gcm) {
    rows.push(
      base('GCM', String(o.code), 'objective', null, {
        title_en: o.title.en,
        title_fr: o.title.fr ?? null,
        title_es: o.title.es ?? null,
        summary: o.summary,
        paragraphFrom: o.paragraph,
        paragraphTo: o.paragraph,
        ...verifiedProps(o.verified, ['title', 'paragraph'], o.note),
      }),
    );
  }
  for (const s of seeds.gcr) {
    rows.push(
      base('GCR', String(s.code), s.kind, s.parent ? String(s.parent) : null, {
        title_en: s.title.en,
        title_fr: s.title.fr ?? null,
        title_es: s.title.es ?? null,
        summary: s.summary ?? null,
        paragraphFrom: s.paragraphs?.[0] ?? null,
        paragraphTo: s.paragraphs?.[1] ?? null,
        ...verifiedProps(s.verified, ['title', 'paragraphs'], s.note),
      }),
    );
  }
  for (const p of seeds.nua) {
    const n = Number(p.code);
    rows.push(
      base('NUA', String(p.code), 'paragraph', null, {
        // NUA paragraphs have no official titles: the title is the project's topic label.
        title_en: p.topic,
        label: p.topic,
        sectionPath: p.section,
        mentions: p.mentions ?? [],
        paragraphFrom: n,
        paragraphTo: n,
        ...verifiedProps(p.verified, ['topic', 'mentions'], p.note),
      }),
    );
  }
  for (const g of seeds.sdg) {
    rows.push(
      base('SDG', String(g.code), 'goal', null, {
        label: g.label,
        uri: `${SDG_URI}${g.code}`,
        ...verifiedProps(['code'], ['code']),
      }),
    );
    for (const t of g.targets) {
      rows.push(
        base('SDG', String(t.code), 'target', String(g.code), {
          label: t.label,
          uri: `${SDG_URI}${t.code}`,
          ...verifiedProps(['code'], ['code']),
        }),
      );
    }
  }
  return rows;
}

export function actionAreaRows(seeds: Seeds): Array<Record<string, unknown>> {
  return seeds.actionAreas.map((a) => ({
    id: `AA-${a.number}`,
    number: a.number,
    title_en: a.title.en,
    title_fr: a.title.fr ?? null,
    title_es: a.title.es ?? null,
    priority_en: a.priority.en,
    priority_fr: a.priority.fr ?? null,
    priority_es: a.priority.es ?? null,
    description: a.description,
  }));
}

/** Every problem in the seed files at once, so a reviewer fixes them in one pass. */
export function checkSeeds(seeds: Seeds, items: ItemRow[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const it of items) {
    if (ids.has(it.id)) problems.push(`duplicate item id ${it.id}`);
    ids.add(it.id);
  }
  for (const it of items)
    if (it.parent && !ids.has(it.parent)) problems.push(`${it.id}: parent ${it.parent} does not exist`);
  const areas = new Set(seeds.actionAreas.map((a) => `AA-${a.number}`));
  const pairs = new Set<string>();
  seeds.links.forEach((l, i) => {
    const where = `crosswalk.yaml link ${i + 1} (${l.from} -> ${l.to})`;
    for (const end of [l.from, l.to])
      if (!ids.has(end) && !areas.has(end)) problems.push(`${where}: unknown id ${end}`);
    if (!l.rationale || l.rationale.trim().length < 10) problems.push(`${where}: a rationale is required`);
    const key = [l.from, l.to].sort().join('|');
    if (pairs.has(key)) problems.push(`${where}: duplicate pair`);
    pairs.add(key);
  });
  const countries = new Set(seeds.countries.map((c) => c.code));
  const regions = new Set(seeds.regions.map((r) => r.code));
  for (const c of seeds.countries)
    if (!regions.has(c.region)) problems.push(`country ${c.code}: unknown region ${c.region}`);
  const orgs = new Set(seeds.organisations.map((o) => o.id));
  for (const c of seeds.cities) {
    if (!countries.has(c.country)) problems.push(`city ${c.id}: unknown country ${c.country}`);
    for (const n of c.networks ?? []) if (!orgs.has(n)) problems.push(`city ${c.id}: unknown network ${n}`);
  }
  return problems;
}
