import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

export type Cell = string | number | boolean | null | undefined | readonly string[];
export type CsvRow = Record<string, Cell>;

/** One download's columns, in order, and how each graph row becomes a CSV row. */
export interface Table {
  file: string;
  columns: string[];
  rows: CsvRow[];
}

/**
 * RFC 4180 (CRLF, quotes doubled) in UTF-8 with a byte-order mark, which spreadsheet programs need to
 * read accents correctly. Lists are joined with ";" as the pledge import template expects.
 */
export function toCsv(table: Pick<Table, 'columns' | 'rows'>): string {
  const rows = table.rows.map((r) =>
    table.columns.map((c) => {
      const v = r[c];
      return Array.isArray(v) ? v.join(';') : (v as Exclude<Cell, readonly string[]>);
    }),
  );
  return stringify(rows, {
    bom: true,
    header: true,
    columns: table.columns,
    record_delimiter: 'windows',
    // With CRLF records csv-stringify leaves a lone LF unquoted; RFC 4180 readers need it quoted.
    quoted_match: /[\r\n]/,
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

export function sendCsv(res: Response, table: Table): void {
  res
    .status(200)
    .set('content-type', CSV_TYPE)
    .set('content-disposition', `attachment; filename="${table.file}"`)
    .send(toCsv(table));
}
