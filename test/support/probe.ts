import { post } from './served';

/** Polling helpers for the tests that kill, freeze and restart a database under a running service. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const waitFor = async (what: () => boolean | Promise<boolean>) => {
  while (!(await what())) await sleep(100);
};

/** A cheap query every seeded or unseeded graph answers. */
export const QUERY = { query: '{ frameworks { code } actionAreas { id } }' };

/** `/healthz` with how long it took, and whether QUERY gets a clean answer, for the service at `base`. */
export function probes(base: string) {
  return {
    health: async () => {
      const t = performance.now();
      const res = await fetch(`${base}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, string>, ms: performance.now() - t };
    },
    good: async () => {
      try {
        const r = await post(base, QUERY);
        return r.status === 200 && r.json.errors === undefined;
      } catch {
        return false;
      }
    },
  };
}
