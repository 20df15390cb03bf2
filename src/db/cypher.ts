import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

const cache = new Map<string, string>();

/** Reads cypher/<name>.cypher once; statements are named by the question they answer. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(projectRoot(), 'cypher', `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`No Cypher statement named "${name}" (expected ${file})`);
    text = fs.readFileSync(file, 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a file holding several statements (schema.cypher) on semicolons that end a line. */
export function statements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
