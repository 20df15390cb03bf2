/**
 * The derived reach properties (reach*, kept current by src/graph/derived/) are bookkeeping, not
 * data: statements that project whole nodes (`n {.*}`) for downloads or linked data drop them here,
 * so an export never carries them and a re-import stays exact.
 */
export function withoutDerived<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !k.startsWith('reach'))) as T;
}
