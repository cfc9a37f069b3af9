"use client";

import { useCallback, useState } from "react";
import type { PlayerReportRow } from "@lousa/reports";
import { setPlayerIdentifier } from "../../lib/api";
import { checkIdentifier, type IdentifierCheck } from "./gradebook";

/** One field's state: what was last done with it. An error carries its sentence, already translated. */
export type RowStatus = { readonly state: "idle" | "saving" | "saved" | "cleared" } | { readonly state: "error"; readonly message: string };

/** How a save round ended, for the one announcement the editor makes. */
export type SaveOutcome = { readonly saved: number; readonly failed: number; readonly firstFailed: string | null };

export interface IdentifierDrafts {
  draftOf(player: PlayerReportRow): string;
  statusOf(playerId: string): RowStatus;
  edit(playerId: string, text: string): void;
  /** Saves every changed field, one request after another (a class is tens of rows, and the server rate-limits). */
  saveAll(players: readonly PlayerReportRow[]): Promise<SaveOutcome>;
  reset(): void;
  readonly saving: boolean;
}

type Translate = (problem: Exclude<IdentifierCheck, { ok: true }> | { reason: string }) => string;

/**
 * The identifier fields of a finished game's players: the text typed in each, and each one's save state.
 * A field counts as changed when its checked value differs from the stored one, so retyping the same
 * identifier, or only spaces around it, sends nothing. `onSaved` hands the stored value to the report.
 */
export function useIdentifierDrafts(gameId: string, hostSecret: string | null, onSaved: (playerId: string, identifier: string | null) => void, translate: Translate): IdentifierDrafts {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [statuses, setStatuses] = useState<ReadonlyMap<string, RowStatus>>(new Map());
  const [saving, setSaving] = useState(false);
  const setStatus = (playerId: string, status: RowStatus) => setStatuses((s) => new Map(s).set(playerId, status));

  const draftOf = useCallback((p: PlayerReportRow) => drafts.get(p.playerId) ?? p.identifier ?? "", [drafts]);
  const statusOf = useCallback((playerId: string): RowStatus => statuses.get(playerId) ?? { state: "idle" }, [statuses]);
  const edit = useCallback((playerId: string, text: string) => {
    setDrafts((d) => new Map(d).set(playerId, text));
    setStatuses((s) => (s.has(playerId) ? new Map([...s].filter(([id]) => id !== playerId)) : s));
  }, []);
  const reset = useCallback(() => {
    setDrafts(new Map());
    setStatuses(new Map());
  }, []);

  const saveAll = async (players: readonly PlayerReportRow[]): Promise<SaveOutcome> => {
    setSaving(true);
    let saved = 0;
    let failed = 0;
    let firstFailed: string | null = null;
    const fail = (playerId: string, message: string) => {
      setStatus(playerId, { state: "error", message });
      failed += 1;
      firstFailed ??= playerId;
    };
    for (const p of players) {
      const checked = checkIdentifier(draftOf(p));
      if (!checked.ok) {
        fail(p.playerId, translate(checked));
        continue;
      }
      if (checked.value === p.identifier) continue;
      setStatus(p.playerId, { state: "saving" });
      const r = await setPlayerIdentifier(gameId, p.playerId, checked.value, hostSecret);
      if (!r.ok) {
        fail(p.playerId, translate({ reason: r.error.reason }));
        continue;
      }
      onSaved(p.playerId, r.data.identifier);
      setDrafts((d) => new Map(d).set(p.playerId, r.data.identifier ?? ""));
      setStatus(p.playerId, { state: r.data.identifier === null ? "cleared" : "saved" });
      saved += 1;
    }
    setSaving(false);
    return { saved, failed, firstFailed };
  };

  return { draftOf, statusOf, edit, saveAll, reset, saving };
}

