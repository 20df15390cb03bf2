import { VersionReader } from './version-reader';

/** A fetch whose reads the test resolves one by one, recording when each started. */
function controlledFetch() {
  const started: Array<(v: number) => void> = [];
  return {
    started,
    fetch: () => new Promise<number>((resolve) => started.push(resolve)),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('VersionReader', () => {
  it('starts one read for a lone caller', async () => {
    const f = controlledFetch();
    const reader = new VersionReader(f.fetch);
    const v = reader.current();
    expect(f.started).toHaveLength(1);
    f.started[0](7);
    await expect(v).resolves.toBe(7);
  });

  it('never hands a caller a read that started before it arrived', async () => {
    const f = controlledFetch();
    const reader = new VersionReader(f.fetch);
    const first = reader.current();
    // Arrives while the first read is on its way: it must wait for a fresh read.
    const second = reader.current();
    const third = reader.current();
    expect(f.started).toHaveLength(1);
    f.started[0](1);
    await expect(first).resolves.toBe(1);
    await tick();
    expect(f.started).toHaveLength(2);
    f.started[1](2);
    await expect(second).resolves.toBe(2);
    await expect(third).resolves.toBe(2);
  });

  it('keeps at most one read queued however many callers wait', async () => {
    const f = controlledFetch();
    const reader = new VersionReader(f.fetch);
    reader.current();
    const waiting = Array.from({ length: 50 }, () => reader.current());
    f.started[0](1);
    await tick();
    expect(f.started).toHaveLength(2);
    f.started[1](5);
    expect(await Promise.all(waiting)).toEqual(Array(50).fill(5));
  });

  it('recovers after a failed read', async () => {
    let n = 0;
    const reader = new VersionReader(async () => {
      n += 1;
      if (n === 1) throw new Error('database away');
      return 3;
    });
    await expect(reader.current()).rejects.toThrow('database away');
    await expect(reader.current()).resolves.toBe(3);
  });
});
