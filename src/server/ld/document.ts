import type { LinkedNode } from '../../graph/opendata/linked-data.repo';
import { areasSchemeUri, ldContext, ownUri } from './context';

type Doc = Record<string, unknown>;
const LANGS = ['en', 'fr', 'es', 'ar'];

/** Drops null, undefined and empty lists, which JSON-LD would drop anyway, so documents round-trip. */
function clean(doc: Doc): Doc {
  return Object.fromEntries(
    Object.entries(doc).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

function languageMap(node: Doc, prefix: string): Doc | undefined {
  const map = Object.fromEntries(
    LANGS.map((l) => [l, node[`${prefix}_${l}`]]).filter(([, v]) => typeof v === 'string' && v !== ''),
  );
  return Object.keys(map).length > 0 ? map : undefined;
}

const en = (text: unknown) => (typeof text === 'string' && text !== '' ? { en: text } : undefined);

function alignments(base: string, ln: LinkedNode) {
  return ln.links.map((l) =>
    clean({
      '@type': 'Alignment',
      source: ownUri(base, l.source),
      target: ownUri(base, l.target),
      basis: l.basis,
      rationale: l.rationale,
      verified: l.verified,
    }),
  );
}

function concept(base: string, ln: LinkedNode, self: string): Doc {
  const n = ln.node;
  const isArea = ln.kind === 'area';
  const scheme = isArea ? areasSchemeUri(base) : ownUri(base, String(n.framework), 'framework');
  const label = typeof n.label === 'string' && n.label !== n.title_en ? n.label : null;
  return {
    '@type': 'Concept',
    notation: isArea ? String(n.id) : String(n.code),
    prefLabel: languageMap(n, 'title'),
    altLabel: en(label),
    scopeNote: en(isArea ? n.description : n.summary),
    inScheme: scheme,
    topConceptOf: ln.parentId === null ? scheme : null,
    broader: ln.parentId === null ? null : ownUri(base, ln.parentId, 'item'),
    narrower: ln.childIds.map((c) => ownUri(base, c, 'item')),
    exactMatch: typeof n.uri === 'string' ? [n.uri] : [],
    relatedMatch: ln.links.map((l) => ownUri(base, l.source === n.id ? l.target : l.source)),
    alignment: alignments(base, ln),
    '@id': self,
  };
}

function pledge(base: string, ln: LinkedNode): Doc {
  const n = ln.node;
  return {
    '@type': 'Pledge',
    name: n.title,
    description: n.description,
    status: n.status,
    pledgedOn: n.pledgedOn,
    targetDate: n.targetDate,
    madeBy: ln.cityIds.map((c) => ownUri(base, c, 'city')),
    inActionArea: ln.areaIds.map((a) => ownUri(base, a, 'area')),
    declares: ln.declaredIds.map((i) => ownUri(base, i, 'item')),
    alignment: ln.declaredIds.map((i) => ({
      '@type': 'Alignment',
      source: ownUri(base, String(n.id), 'pledge'),
      target: ownUri(base, i, 'item'),
      basis: 'DECLARED',
    })),
    partner: ln.partners,
    report: ln.reports.map((r) =>
      clean({ '@type': 'ProgressReport', date: r.date, forum: r.forum, status: r.status, summary: r.summary }),
    ),
    illustrative: Boolean(n.illustrative),
  };
}

/** The JSON-LD description of one node, with its context inline. */
export function ldDocument(base: string, ln: LinkedNode): Doc {
  const n = ln.node;
  const id = String(n.id);
  const self = ownUri(base, id, ln.kind);
  let body: Doc;
  if (ln.kind === 'item' || ln.kind === 'area') body = concept(base, ln, self);
  else if (ln.kind === 'framework')
    body = {
      '@type': 'ConceptScheme',
      prefLabel: en(n.name),
      notation: id,
      document: n.document,
      adopted: n.adopted,
      scopeNote: en(n.description),
      hasTopConcept: ln.topIds.map((t) => ownUri(base, t, 'item')),
    };
  else if (ln.kind === 'city')
    body = {
      '@type': 'City',
      name: n.name,
      containedInPlace: ln.country ? { '@type': 'Country', name: ln.country.name, identifier: ln.country.id } : null,
      made: ln.pledgeIds.map((p) => ownUri(base, p, 'pledge')),
      illustrative: Boolean(n.illustrative),
    };
  else body = pledge(base, ln);
  return clean({ '@context': ldContext(base), '@id': self, identifier: id, ...clean(body) });
}
