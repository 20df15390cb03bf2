/** Full-text input is a phrase to find, not Lucene syntax: escape everything Lucene would parse. */
export function luceneTerms(input: string): string {
  const escaped = input.trim().replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, (c) => `\\${c}`);
  return escaped
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => (/^(AND|OR|NOT|TO)$/.test(t) ? t.toLowerCase() : t))
    .join(' AND ');
}
