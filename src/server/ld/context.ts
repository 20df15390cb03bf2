/**
 * The JSON-LD context, served inline in every document: clients (and our tests) never need to
 * fetch a remote context. SKOS carries the frameworks' hierarchies and the crosswalk's plain
 * mapping; a small vocabulary of our own (`cg:`) states what SKOS cannot say about a link (its
 * basis, rationale and verification) and the pledges' facts; schema.org names cities.
 */
export function ldContext(base: string): Record<string, unknown> {
  const id = (iri: string) => ({ '@id': iri, '@type': '@id' });
  const set = (iri: string) => ({ '@id': iri, '@type': '@id', '@container': '@set' });
  const lang = (iri: string) => ({ '@id': iri, '@container': '@language' });
  return {
    '@version': 1.1,
    skos: 'http://www.w3.org/2004/02/skos/core#',
    schema: 'https://schema.org/',
    dcterms: 'http://purl.org/dc/terms/',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    cg: `${base}/vocab#`,
    Concept: 'skos:Concept',
    ConceptScheme: 'skos:ConceptScheme',
    City: 'schema:City',
    Country: 'schema:Country',
    Pledge: 'cg:Pledge',
    Alignment: 'cg:Alignment',
    ProgressReport: 'cg:ProgressReport',
    DECLARED: 'cg:DECLARED',
    CURATED: 'cg:CURATED',
    INFERRED: 'cg:INFERRED',
    identifier: 'dcterms:identifier',
    notation: 'skos:notation',
    prefLabel: lang('skos:prefLabel'),
    altLabel: lang('skos:altLabel'),
    scopeNote: lang('skos:scopeNote'),
    inScheme: id('skos:inScheme'),
    topConceptOf: id('skos:topConceptOf'),
    hasTopConcept: set('skos:hasTopConcept'),
    broader: id('skos:broader'),
    narrower: set('skos:narrower'),
    exactMatch: set('skos:exactMatch'),
    relatedMatch: set('skos:relatedMatch'),
    alignment: { '@id': 'cg:alignment', '@container': '@set' },
    source: id('cg:source'),
    target: id('cg:target'),
    basis: { '@id': 'cg:basis', '@type': '@vocab' },
    rationale: { '@id': 'cg:rationale', '@language': 'en' },
    verified: 'cg:verified',
    document: 'cg:document',
    adopted: { '@id': 'cg:adopted', '@type': 'xsd:date' },
    name: 'schema:name',
    description: 'schema:description',
    containedInPlace: 'schema:containedInPlace',
    made: set('cg:made'),
    madeBy: set('cg:madeBy'),
    inActionArea: set('cg:inActionArea'),
    declares: set('cg:declares'),
    partner: { '@id': 'cg:partner', '@container': '@set' },
    status: 'cg:status',
    pledgedOn: { '@id': 'cg:pledgedOn', '@type': 'xsd:date' },
    targetDate: { '@id': 'cg:targetDate', '@type': 'xsd:date' },
    report: { '@id': 'cg:report', '@container': '@set' },
    date: { '@id': 'dcterms:date', '@type': 'xsd:date' },
    forum: 'cg:forum',
    summary: 'cg:summary',
    illustrative: 'cg:illustrative',
  };
}

/** The project's own URI of a node, by the kind its id names; stable as long as the base URL is. */
export function ownUri(base: string, id: string, kind?: string): string {
  const k = kind ?? (id.startsWith('AA-') ? 'area' : /^(GCM|GCR|NUA|SDG)-/.test(id) ? 'item' : 'pledge');
  const folder = { item: 'items', area: 'action-areas', framework: 'frameworks', city: 'cities', pledge: 'pledges' }[k];
  return `${base}/${folder ?? 'pledges'}/${encodeURIComponent(id)}`;
}

/** The concept scheme holding the six action areas, which are concepts like the frameworks' items. */
export const areasSchemeUri = (base: string) => `${base}/action-areas`;
