/**
 * The phone's ordering answer while it is being built: the item indexes placed so far, in order. A tap
 * on an item not yet placed puts it next; a tap on a placed item takes it out (the ones after it move
 * up). Sent once every item is placed, as the whole sequence.
 */
export function tapItem(placed: readonly number[], item: number): number[] {
  return placed.includes(item) ? placed.filter((p) => p !== item) : [...placed, item];
}

/** The items not placed yet, in the order the question shows them. */
export function unplaced(placed: readonly number[], itemCount: number): number[] {
  return Array.from({ length: itemCount }, (_, i) => i).filter((i) => !placed.includes(i));
}

export const isComplete = (placed: readonly number[], itemCount: number): boolean => placed.length === itemCount && new Set(placed).size === itemCount;

/** Where keyboard and screen-reader focus goes after a tap, as the tapped button leaves its list. */
export type OrderingFocus = { readonly kind: "item"; readonly item: number } | { readonly kind: "placed"; readonly slot: number } | { readonly kind: "send" };

/**
 * The tapped button moves to the other list (or vanishes), which would drop focus to the page: after a
 * placement, the next unplaced item in the pool (wrapping to the first), or "Enviar" once all are placed;
 * after a take-back, the item that moved up into the same slot, or the returned item in the pool.
 */
export function focusAfterTap(before: readonly number[], item: number, itemCount: number): OrderingFocus {
  const after = tapItem(before, item);
  const slot = before.indexOf(item);
  if (slot >= 0) {
    const movedUp = after[slot];
    return movedUp === undefined ? { kind: "item", item } : { kind: "placed", slot };
  }
  const left = unplaced(after, itemCount);
  const next = left.find((i) => i > item) ?? left[0];
  return next === undefined ? { kind: "send" } : { kind: "item", item: next };
}
