import { eng, fra, spa } from 'stopword';
import type { Database } from '../../db/database';
import { asItem, type ItemRecord } from '../records';

export interface Suggestion {
  item: ItemRecord;
  score: number;
  matched: string[];
}

const STOP = { EN: new Set(eng), FR: new Set(fra), ES: new Set(spa) };
// Words every pledge here uses: they would match nearly every item and rank nothing.
const COMMON = new Set([
  'city',
  'cities',
  'ville',
  'villes',
  'ciudad',
  'ciudades',
  'will',
  'pledge',
  'municipal',
  'its',
  'every',
  'all',
]);

/** Accent- and case-free, so "Réfugiés" and "refugies" compare equal. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Content words of a text: letters only (so nothing needs escaping for Lucene), stopwords out. */
export function contentWords(text: string, lang: string | null): string[] {
  const stops = lang && lang in STOP ? [STOP[lang as keyof typeof STOP]] : Object.values(STOP);
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
    (w) => w.length >= 3 && !COMMON.has(fold(w)) && !stops.some((s) => s.has(w)),
  );
  return [...new Set(words)].slice(0, 60);
}

/** A crude stem for telling which words matched: "migrants" and "migration" share "migra". */
const stem = (w: string) => fold(w).slice(0, Math.max(4, w.length - 3));

function matchedWords(words: string[], texts: unknown[]): string[] {
  const tokens = new Set(texts.flatMap((t) => (typeof t === 'string' ? (fold(t).match(/\p{L}+/gu) ?? []) : [])));
  return words.filter((w) => {
    const s = stem(w);
    for (const t of tokens) if (t.startsWith(s) || (t.length >= 4 && fold(w).startsWith(stem(t)))) return true;
    return false;
  });
}

/** A query for a language not searched: it parses (an empty one does not) and matches no word. */
const NOTHING = 'qqxzqqxz';

const ITEM_TEXTS = ['title_en', 'title_fr', 'title_es', 'label', 'summary'];

/**
 * Ranks framework items for a pledge's text with the per-language full-text indexes: the text's
 * own language (all three when unknown), plus English at half weight for French or Spanish text,
 * since the project's summaries and many labels exist only in English.
 */
export async function suggestAlignments(
  db: Database,
  text: string,
  lang: string | null,
  framework: string | null,
  first: number,
): Promise<Suggestion[]> {
  const words = contentWords(text, lang);
  if (words.length === 0) return [];
  const query = words.join(' OR ');
  const q = {
    en: query,
    enWeight: lang && lang !== 'EN' ? 0.5 : 1,
    fr: !lang || lang === 'FR' ? query : NOTHING,
    es: !lang || lang === 'ES' ? query : NOTHING,
  };
  const rows = await db.read('suggest-alignments', { q, framework, first, areaWeight: 0.5 });
  return rows.map((r) => {
    const item = asItem(r.item);
    const texts = [...ITEM_TEXTS.map((k) => item[k]), ...(r.viaTexts as unknown[][]).flat()];
    return { item, score: Number(r.score), matched: matchedWords(words, texts) };
  });
}
