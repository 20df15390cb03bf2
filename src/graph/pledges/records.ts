/** A pledge as read from a file, before validation, with where it stood in the file. */
export interface SourceRecord {
  line: number;
  fields: Record<string, unknown>;
}

export class FileFormatError extends Error {}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): SourceRecord[] {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new FileFormatError(`line ${rowLine}: a quoted field is not closed`);
  cells.push(cell);
  if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
  if (rows.length === 0) return [];
  const header = rows[0].cells.map((h) => h.trim());
  return rows.slice(1).map(({ line: l, cells: cs }) => {
    if (cs.length !== header.length) {
      throw new FileFormatError(`line ${l}: ${cs.length} fields where the header has ${header.length}`);
    }
    const fields: Record<string, unknown> = {};
    header.forEach((h, i) => {
      fields[h] = cs[i];
    });
    return { line: l, fields };
  });
}

/** A JSON array of objects; each record keeps the line its opening brace stands on. */
export function parseJson(text: string): SourceRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new FileFormatError(`not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { pledges?: unknown })?.pledges;
  if (!Array.isArray(list))
    throw new FileFormatError('expected a JSON array of pledge objects (or {"pledges": [...]})');
  const lines = topLevelObjectLines(text, Array.isArray(data) ? 1 : 2);
  return list.map((fields, i) => ({ line: lines[i] ?? 0, fields: (fields ?? {}) as Record<string, unknown> }));
}

function topLevelObjectLines(text: string, depthOfRecords: number): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (ch === '{' && depth === depthOfRecords) lines.push(line);
      depth++;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return lines;
}
