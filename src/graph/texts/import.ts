import type { Database } from '../../db/database';
import { readOpenSdgTexts, TEXT_LANGS } from './open-sdg';

export class TextsImportError extends Error {}

export interface TextsImportResult {
  updated: number;
  counts: Record<string, { goals: number; targets: number }>;
}

/** Stores official SDG titles; refuses the whole import if any file or code is off. */
export async function importSdgTexts(
  db: Database,
  dir: string,
  source = 'open-sdg/sdg-translations',
): Promise<TextsImportResult> {
  const texts = readOpenSdgTexts(dir, TEXT_LANGS);
  const problems = [...texts.problems];
  const [known] = await db.read('sdg-items-with-texts');
  for (const [lang, c] of Object.entries(texts.counts)) {
    if (c.goals !== 17 || c.targets !== 169)
      problems.push(`${lang}: ${c.goals} goals and ${c.targets} targets (expected 17 and 169)`);
  }
  if (texts.items.size !== Number(known.items)) {
    problems.push(`the files name ${texts.items.size} goals and targets, the graph holds ${known.items}`);
  }
  if (problems.length > 0)
    throw new TextsImportError(`SDG texts in ${dir} were not imported:\n  ${problems.join('\n  ')}`);
  const rows = [...texts.items].map(([id, props]) => ({ id, props }));
  const [res] = await db.write('write-sdg-texts', { rows, source });
  // Titles appear in answers: cached ones must go stale.
  await db.write('graph-version-bump');
  return { updated: Number(res.updated), counts: texts.counts };
}
