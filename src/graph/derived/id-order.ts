import type { Slot } from './coverage-types';
import { SlotColumns } from './slot-columns';

/** First position whose slot id is not below `id`. */
export function lowerBound(slots: Slot[], id: string): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (slots[mid].id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index's pledges in id order (pages are keyset on id), kept across small changes by moving
 * the changed slots, rebuilt by one sort after large ones (an import batch).
 */
export class IdOrder {
  private slots?: Slot[];
  private cols?: SlotColumns;

  all(source: Iterable<Slot>): Slot[] {
    if (!this.slots) this.slots = [...source].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return this.slots;
  }

  /** The same order as typed arrays, rebuilt on first use after any change. */
  columns(source: Iterable<Slot>): SlotColumns {
    if (!this.cols) this.cols = new SlotColumns(this.all(source));
    return this.cols;
  }

  /** `old` left the index (or is replaced by `next`); `next` joined it. */
  change(old: Slot | undefined, next: Slot | undefined): void {
    this.cols = undefined;
    const slots = this.slots;
    if (!slots) return;
    if (old) {
      const at = lowerBound(slots, old.id);
      if (slots[at]?.id === old.id) slots.splice(at, 1);
    }
    if (next) slots.splice(lowerBound(slots, next.id), 0, next);
  }

  /** Many changes at once: cheaper to sort again on next use than to move each. */
  reset(): void {
    this.slots = undefined;
    this.cols = undefined;
  }
}
