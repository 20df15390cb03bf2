import { parseJson } from './records';
import { streamJson } from './json-stream';

/** Feeds the text in pieces of `size` characters, as a file stream would. */
async function records(text: string, size = 7) {
  async function* pieces() {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const out = [];
  for await (const r of streamJson(pieces())) out.push(r);
  return out;
}

const ARRAY = `[
  {"city": "Test A", "title": "x {not a brace} \\" ] ,", "actionAreas": ["AA-1"]},
  {
    "city": "Test B", "nested": {"a": [1, {"b": 2}]}
  }
]
`;
const OBJECT = `\uFEFF{"meta": {"pledges": [9]}, "note": "[", "pledges": [
  {"city": "Test C"}, {"city": "Test D"}
], "after": true}`;

describe('streamJson', () => {
  it.each([1, 3, 64])('gives the records and lines parseJson gives, in pieces of %i', async (size) => {
    expect(await records(ARRAY, size)).toEqual(parseJson(ARRAY));
    const got = await records(OBJECT, size);
    expect(got.map((r) => r.fields.city)).toEqual(['Test C', 'Test D']);
    expect(got.map((r) => r.line)).toEqual([2, 2]);
  });

  it('reads an empty array', async () => {
    expect(await records('[ ]')).toEqual([]);
  });

  it.each([
    ['[{"a": 1} {"b": 2}]', /line 1: expected "," between pledge objects/],
    ['[{"a": 1},\n {"b": 2},]', /line 2: a "," before "\]"/],
    ['[{"a": 1}, 5]', /line 1: expected a pledge object/],
    ['[,{"a": 1}]', /line 1: a "," where a pledge object should be/],
    ['[\n{"a": 1},\n{"b": }]', /line 3: not valid JSON/],
    ['[{"a": 1}', /ends before it is complete/],
    ['[{"a": 1}] x', /unexpected text after the end/],
    ['"pledges"', /expected a JSON array of pledge objects/],
    ['{"items": []}', /expected a JSON array of pledge objects/],
  ])('refuses %j naming the line', async (text, message) => {
    await expect(records(text)).rejects.toThrow(message);
  });

  it('holds one record at a time: records come out before the input ends', async () => {
    let fed = 0;
    async function* endless() {
      yield '[';
      for (;;) {
        fed += 1;
        yield '{"n": 1},';
      }
    }
    const it = streamJson(endless());
    const first = await it.next();
    expect(first.value?.fields).toEqual({ n: 1 });
    expect(fed).toBeLessThan(3);
    await it.return(undefined);
  });
});
