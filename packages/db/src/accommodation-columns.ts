import { EXTRA_TIMES, normalizeAccommodation, type Accommodation, type ExtraTime } from "@lousa/game";

/** An accommodation as the Player row stores it: two plain columns, readable by a query or a person. */
export interface AccommodationColumns {
  readonly extraTime: string | null;
  readonly noSpeedPenalty: boolean;
}

export function accommodationColumns(a: Accommodation | null | undefined): AccommodationColumns {
  return { extraTime: a?.time ?? null, noSpeedPenalty: a?.noSpeedPenalty ?? false };
}

/** Back from the row; an extra time this version doesn't know fails loudly rather than guessing a limit. */
export function accommodationOf(row: AccommodationColumns): Accommodation | null {
  const time = row.extraTime === null ? null : extraTime(row.extraTime);
  return normalizeAccommodation({ time, noSpeedPenalty: row.noSpeedPenalty });
}

function extraTime(value: string): ExtraTime {
  const found = EXTRA_TIMES.find((t) => t === value);
  if (!found) throw new TypeError(`unknown extra time ${value}`);
  return found;
}
