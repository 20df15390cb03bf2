import { FileFormatError, parseCsv, parseJson } from './records';

describe('parseCsv', () => {
  it('keeps quoted commas, doubled quotes and line breaks, and the line each record starts on', () => {
    const text = 'city,title\nLyon,"Housing, first"\n"São Paulo","A ""quoted""\ntitle"\nQuito,Plain\n';
    const recs = parseCsv(text);
    expect(recs.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(recs[0].fields).toEqual({ city: 'Lyon', title: 'Housing, first' });
    expect(recs[1].fields.title).toBe('A "quoted"\ntitle');
  });

  it('names the line of a record with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(new FileFormatError('line 3: 1 fields where the header has 2'));
  });

  it('skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa\n\nx\n\n').map((r) => r.fields.a)).toEqual(['x']);
  });
});

describe('parseJson', () => {
  it('gives each record the line of its opening brace', () => {
    const text = '[\n  {"city": "Lyon"},\n\n  {\n    "city": "Quito"\n  }\n]';
    expect(parseJson(text).map((r) => [r.line, r.fields.city])).toEqual([
      [2, 'Lyon'],
      [4, 'Quito'],
    ]);
  });

  it('accepts {"pledges": [...]} and counts braces inside strings correctly', () => {
    const text = '{"pledges": [\n{"title": "a { b"},\n{"title": "c"}\n]}';
    expect(parseJson(text).map((r) => r.line)).toEqual([2, 3]);
  });

  it('rejects what is not an array of pledges', () => {
    expect(() => parseJson('{"x": 1}')).toThrow(FileFormatError);
    expect(() => parseJson('[1,')).toThrow(/not valid JSON/);
  });
});
