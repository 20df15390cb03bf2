import { FileFormatError, type SourceRecord } from './records';

/**
 * Streams the records of a JSON pledge file without holding the file: a scanner that knows only
 * strings, escapes and nesting finds each record's text (the objects of the top-level array, or of
 * the array under "pledges"), and JSON.parse parses each one, so memory holds one record's text.
 * Between records only commas and white space may stand; anything else names its line.
 */
export async function* streamJson(text: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  const s = new Scanner();
  for await (const chunk of text) yield* s.feed(chunk);
  s.end();
}

const WS = new Set([' ', '\t', '\n', '\r']);

class Scanner {
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private form: 'array' | 'object' | undefined;
  /** Depth at which records stand, once their array is open. */
  private recordDepth = -1;
  private done = false;
  /** Between records: true when a comma (or the opening bracket) came since the last record. */
  private expectRecord = true;
  private hadRecord = false;
  private lastString = '';
  private stringText = '';
  private record: string[] | undefined;
  private recordLine = 0;

  *feed(chunk: string): Generator<SourceRecord> {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (!this.started) {
        if (ch === '\uFEFF' || WS.has(ch)) {
          if (ch === '\n') this.line++;
          continue;
        }
        this.started = true;
        if (ch === '[') this.form = 'array';
        else if (ch === '{') this.form = 'object';
        else throw this.fail('expected a JSON array of pledge objects (or {"pledges": [...]})');
        this.depth = 1;
        if (this.form === 'array') this.recordDepth = 1;
        continue;
      }
      if (ch === '\n') this.line++;
      if (this.record) this.record.push(ch);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === '\\') this.escaped = true;
        else if (ch === '"') this.inString = false;
        else if (this.depth === 1) this.stringText += ch;
        continue;
      }
      if (this.done) {
        if (!WS.has(ch)) throw this.fail('unexpected text after the end of the JSON document');
        continue;
      }
      const between = this.depth === this.recordDepth && !this.record;
      if (between && ch !== '{' && ch !== ',' && ch !== ']' && !WS.has(ch)) throw this.fail('expected a pledge object');
      if (ch === '"') {
        this.inString = true;
        if (this.depth === 1) this.stringText = '';
      } else if (ch === '{' || ch === '[') {
        if (between) {
          if (!this.expectRecord) throw this.fail('expected "," between pledge objects');
          this.record = [ch];
          this.recordLine = this.line;
        } else if (ch === '[' && this.form === 'object' && this.depth === 1 && this.lastString === 'pledges') {
          this.recordDepth = 2;
          this.expectRecord = true;
        }
        this.depth++;
      } else if (ch === '}' || ch === ']') {
        if (between && ch === ']' && this.expectRecord && this.hadRecord) throw this.fail('a "," before "]"');
        this.depth--;
        if (this.record && this.depth === this.recordDepth) {
          yield this.parse(this.record.join(''));
          this.record = undefined;
          this.expectRecord = false;
          this.hadRecord = true;
        } else if (between && ch === ']') this.recordDepth = -2; // the records' array is closed
        if (this.depth === 0) this.done = true;
      } else if (ch === ',' && between) {
        if (this.expectRecord) throw this.fail('a "," where a pledge object should be');
        this.expectRecord = true;
      } else if (ch === ':' && this.depth === 1) this.lastString = this.stringText;
    }
  }

  end(): void {
    if (!this.started || !this.done || this.inString)
      throw this.fail('not valid JSON: the document ends before it is complete');
    if (this.form === 'object' && this.recordDepth !== -2)
      throw new FileFormatError('expected a JSON array of pledge objects (or {"pledges": [...]})');
  }

  private parse(text: string): SourceRecord {
    let fields: unknown;
    try {
      fields = JSON.parse(text);
    } catch (e) {
      throw new FileFormatError(`line ${this.recordLine}: not valid JSON: ${(e as Error).message}`);
    }
    return { line: this.recordLine, fields: fields as Record<string, unknown> };
  }

  private fail(message: string): FileFormatError {
    return new FileFormatError(`line ${this.line}: ${message}`);
  }
}
