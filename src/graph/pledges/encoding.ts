import { Transform, type TransformCallback } from 'node:stream';
import { FileFormatError, type SourceRecord } from './records';

const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 127: 'DEL', 27: 'ESC', 8: 'BS', 12: 'FF' };
const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** True for the characters a pledge file may not carry: C0 controls except tab and line ends, DEL, C1. */
export function isRefusedControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/** "control character U+0000 (NUL) is not allowed in a pledge file", shared by the byte checker and JSON. */
export function controlMessage(code: number): string {
  const name = CONTROL_NAMES[code] ? ` (${CONTROL_NAMES[code]})` : '';
  return `control character U+${hex(code, 4)}${name} is not allowed in a pledge file`;
}

/**
 * JSON can carry what the byte check refuses as an escape ("\u0000" is six clean bytes): the parsed
 * strings of each record, lists and nested objects included, are checked with the same rule.
 */
export function refuseControlEscapes(rec: SourceRecord): void {
  const check = (value: unknown, field: string): void => {
    if (typeof value === 'string') {
      for (let i = 0; i < value.length; i++)
        if (isRefusedControl(value.charCodeAt(i)))
          throw new FileFormatError(`line ${rec.line}: field "${field}": ${controlMessage(value.charCodeAt(i))}`);
    } else if (Array.isArray(value)) for (const v of value) check(v, field);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) check(v, `${field}.${k}`);
  };
  for (const [field, value] of Object.entries(rec.fields)) {
    check(field, field);
    check(value, field);
  }
}

/**
 * Checks bytes as they stream: UTF-8 only (no UTF-16, with or without a byte-order mark), no NUL
 * or other control characters except tab and line ends. Errors name the line, as the parser's do,
 * so a Latin-1 "Montréal" is refused instead of becoming "Montr\uFFFDal".
 */
export class Utf8Checker {
  private line = 1;
  private pending = 0;
  private lead = 0;
  private second = false;
  private started = false;

  feed(bytes: Uint8Array): void {
    if (!this.started) {
      this.started = true;
      this.refuseUtf16(bytes);
    }
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (this.pending > 0) {
        if ((b & 0xc0) !== 0x80) this.invalid(this.lead);
        if (this.second) {
          this.second = false;
          // U+0080..U+009F (C1 controls) are C2 80..C2 9F; the rest are overlong forms or surrogates.
          if (this.lead === 0xc2 && b <= 0x9f) this.control(b);
          if ((this.lead === 0xe0 && b < 0xa0) || (this.lead === 0xf0 && b < 0x90)) this.invalid(this.lead);
          if ((this.lead === 0xed && b > 0x9f) || (this.lead === 0xf4 && b > 0x8f)) this.invalid(this.lead);
        }
        this.pending -= 1;
        continue;
      }
      if (b < 0x80) {
        if (b === 0x0a) this.line += 1;
        else if (isRefusedControl(b)) this.control(b);
        continue;
      }
      this.lead = b;
      this.second = true;
      if (b >= 0xc2 && b <= 0xdf) this.pending = 1;
      else if (b >= 0xe0 && b <= 0xef) this.pending = 2;
      else if (b >= 0xf0 && b <= 0xf4) this.pending = 3;
      else this.invalid(b);
    }
  }

  end(): void {
    if (this.pending > 0)
      throw new FileFormatError(`line ${this.line}: the file ends in the middle of a UTF-8 character`);
  }

  private refuseUtf16(bytes: Uint8Array): void {
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    const be = bytes[0] === 0xfe && bytes[1] === 0xff;
    // Without a byte-order mark, UTF-16 text in Latin script has a NUL in every other byte.
    const sample = bytes.subarray(0, 200);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
    const half = sample.length / 2;
    if (le || be || (sample.length >= 4 && Math.max(evenZeros, oddZeros) > half * 0.6)) {
      const order = le || (!be && oddZeros > evenZeros) ? 'little-endian' : 'big-endian';
      throw new FileFormatError(`line 1: the file is UTF-16 (${order}), not UTF-8; save it as UTF-8 and import again`);
    }
  }

  private invalid(b: number): never {
    throw new FileFormatError(
      `line ${this.line}: invalid UTF-8 (byte 0x${hex(b, 2)}); the file may be Latin-1 or Windows-1252: save it as UTF-8`,
    );
  }

  private control(b: number): never {
    throw new FileFormatError(`line ${this.line}: ${controlMessage(b)}`);
  }
}

/** The checker as a pass-through stream stage. */
export function utf8Guard(): Transform {
  const checker = new Utf8Checker();
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      try {
        checker.feed(chunk);
        done(null, chunk);
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        checker.end();
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
}
