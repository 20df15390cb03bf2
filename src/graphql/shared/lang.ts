import { Lang } from './enums';

/** Picks the title in `lang`, falling back to English, then to the project's own label. */
export function titleIn(record: Record<string, unknown>, lang: Lang = Lang.EN, prefix = 'title'): string {
  const key = `${prefix}_${lang.toLowerCase()}`;
  const value = record[key] ?? record[`${prefix}_en`] ?? record.label;
  return typeof value === 'string' ? value : String(record.id ?? '');
}
