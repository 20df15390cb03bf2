import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { stringify } from 'csv-stringify/sync';
import { Router } from 'express';
import { projectRoot } from '../config';
import type { Database } from '../db/database';
import { type Context, createContext } from '../graphql/context';

interface Matrix {
  columns: Array<{ key: string; label: string }>;
  rows: Array<{ item: { id: string; title: string }; pledgeCounts: number[] }>;
}

// The download runs the explorer's own named operation, so the file cannot disagree with the heat map.
const OPERATION = path.join(projectRoot(), 'schema', 'operations', 'explorer-coverage-matrix.graphql');

/** GET /export/coverage.csv?framework=GCM&by=REGION[&lang=fr]: the coverage matrix as a spreadsheet. */
export function coverageCsvRoutes(apollo: ApolloServer<Context>, db: Database): Router {
  const query = fs.readFileSync(OPERATION, 'utf8');
  const router = Router();
  router.get('/export/coverage.csv', async (req, res) => {
    const one = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v : fallback).toUpperCase();
    const variables = {
      framework: one(req.query.framework, 'GCM'),
      by: one(req.query.by, 'REGION'),
      lang: one(req.query.lang, 'EN'),
    };
    const result = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db) });
    const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
    const m = (body?.data as { coverageMatrix?: Matrix } | undefined)?.coverageMatrix;
    if (!m) {
      const errors = body?.errors ?? [{ message: 'no answer' }];
      const bad = errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT');
      const code = (e: (typeof errors)[number]) => e.extensions?.code;
      res
        .status(bad ? 400 : 500)
        .json({ errors: errors.map((e) => ({ message: e.message, extensions: { code: code(e) } })) });
      return;
    }
    const csv = stringify(
      [
        ['item', 'title', ...m.columns.map((c) => c.label)],
        ...m.rows.map((r) => [r.item.id, r.item.title, ...r.pledgeCounts]),
      ],
      { bom: true },
    );
    res.type('text/csv; charset=utf-8').attachment(`coverage-${variables.framework}-${variables.by}.csv`).send(csv);
  });
  return router;
}
