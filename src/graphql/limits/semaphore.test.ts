import { Semaphore } from './semaphore';

describe('Semaphore', () => {
  it('lets `permits` run, queues a few, refuses the rest at once, and hands permits on in order', async () => {
    const gate = new Semaphore(2, 1, 60000);
    const a = await gate.acquire();
    const b = await gate.acquire();
    expect(gate.inUse).toBe(2);
    const waiting = gate.acquire();
    expect(await gate.acquire()).toBeUndefined(); // queue of one is full
    a?.();
    a?.(); // releasing twice must not free two permits
    const c = await waiting;
    expect(c).toBeInstanceOf(Function);
    expect(gate.inUse).toBe(2);
    b?.();
    c?.();
    expect(gate.inUse).toBe(0);
  });

  it('gives up on a waiter after maxWaitMs', async () => {
    const gate = new Semaphore(1, 5, 10);
    const held = await gate.acquire();
    expect(await gate.acquire()).toBeUndefined();
    held?.();
    expect(gate.inUse).toBe(0);
  });
});
