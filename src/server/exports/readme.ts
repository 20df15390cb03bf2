import type { Table } from './csv';

/** The README inside all.zip: what each file holds, where it comes from, and under which terms. */
export function zipReadme(tables: Table[], base: string, generatedAt: string): string {
  const files = tables.map((t) => `- \`${t.file}\`: ${t.rows.length} rows; columns ${t.columns.join(', ')}`);
  return `# commitments-graph: everything, as CSV

Downloaded from ${base}/export/all.zip at ${generatedAt}. Every file is UTF-8 with a byte-order mark,
comma-separated (RFC 4180), one header row; lists inside a cell are separated by ";".

${files.join('\n')}

## Provenance

- Framework codes, official titles and paragraph ranges (GCM, GCR, NUA, SDG) are facts taken from
  the official texts; \`verified\` and \`verifiedFacts\` say what the project checked against them.
  Summaries, labels and NUA topics are the project's own words, not official text.
- SDG titles in en/fr/es/ar come from the open-sdg translations (https://github.com/open-sdg/sdg-translations,
  MIT licence, Copyright (c) 2019 Open SDG); Arabic with the tatweel (U+0640) removed. The Arabic goal
  titles there may be unofficial. \`uri\` is the UN's own URI of each goal and target (metadata.un.org).
- The crosswalk is the project's reviewed mapping: every link has a basis (CURATED), a one-sentence
  rationale in the project's own words, and \`verified\` (true when both ends' subjects are stated in
  texts the project could read).
- Cities' pledges and progress reports marked \`illustrative\` = true are INVENTED sample data for
  demonstration. They are not real commitments of those cities and must not be cited as facts.
  Draft pledges are never exported.

## Licence

The project's own data (crosswalk, labels, summaries, rationales, sample data) is offered under the
same MIT licence as the code. The official titles remain the UN's texts, reproduced for reference
under the United Nations' terms of use; the open-sdg texts under their MIT licence.

Linked data: every item, action area, city and pledge has a JSON-LD description at ${base}/ld/{id}.
`;
}
