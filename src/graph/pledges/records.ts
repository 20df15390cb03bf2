/** A pledge as read from a file, before validation, with where it stood in the file. */
export interface SourceRecord {
  line: number;
  fields: Record<string, unknown>;
}

export class FileFormatError extends Error {}

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

// CSV is parsed by csv-parse (csv-stream.ts); re-exported here, where callers have always found it.
export { parseCsv } from './csv-stream';
