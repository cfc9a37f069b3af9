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
