import type { Row } from '../../db/database';

/**
 * Milliseconds an import spent per phase (reading the file, the catalogue, validating, each named
 * Cypher statement, the JavaScript between them), summed over batches. The scale bench prints it so
 * a change to the importer is judged on where the time went, not on the total alone.
 */
export type Phases = Record<string, number>;

export type Run = (statement: string, params?: Record<string, unknown>) => Promise<Row[]>;

export function addPhase(phases: Phases | undefined, name: string, ms: number): void {
  if (phases) phases[name] = (phases[name] ?? 0) + ms;
}

/** Times `work` into `phases[name]` (nothing when phases is undefined). */
export async function timePhase<T>(phases: Phases | undefined, name: string, work: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  try {
    return await work();
  } finally {
    addPhase(phases, name, performance.now() - t);
  }
}

/** A transaction's `run` that also times each statement under its name. */
export function timedRun(run: Run, phases: Phases | undefined): Run {
  if (!phases) return run;
  return (statement, params) => timePhase(phases, `cypher ${statement}`, () => run(statement, params));
}

/** One line per phase, longest first, with its share of the total. */
export function formatPhases(phases: Phases, totalMs: number): string[] {
  return Object.entries(phases)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `  ${name}: ${(ms / 1000).toFixed(1)} s (${Math.round((100 * ms) / totalMs)}%)`);
}
