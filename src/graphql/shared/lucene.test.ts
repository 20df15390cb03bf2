import { luceneTerms } from './lucene';

describe('luceneTerms', () => {
  it('treats user text as words to find, never as query syntax', () => {
    expect(luceneTerms('santé migrants')).toBe('santé AND migrants');
    expect(luceneTerms('a:b (c) "d"')).toBe('a\\:b AND \\(c\\) AND \\"d\\"');
    expect(luceneTerms('NOT housing')).toBe('not AND housing');
  });
});
