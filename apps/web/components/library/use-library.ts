"use client";

import { useCallback, useEffect, useState } from "react";
import type { LibraryBank } from "@lousa/protocol";
import type { ApiError, ApiResult } from "../../lib/api";
import { libraryApi } from "../../lib/library-api";
import { useSignedOut } from "../teacher/teacher-page";
import { upsert } from "./group-banks";

/** A short message at the bottom of the page; with `undo`, it offers to take the action back. */
export interface Toast {
  readonly id: number;
  readonly text: string;
  readonly undo?: () => void;
  readonly error?: boolean;
}

let toastIds = 0;

/**
 * The library's state: the banks the teacher sees and the actions on them. Each action updates the list
 * from the server's answer (never optimistically: a refused rename must not look saved).
 */
export function useLibrary() {
  const signedOut = useSignedOut();
  const [banks, setBanks] = useState<readonly LibraryBank[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);

  const show = useCallback((t: Omit<Toast, "id">) => setToast({ ...t, id: ++toastIds }), []);
  const dismiss = useCallback(() => setToast(null), []);

  /** The answer's data, or null after saying what went wrong (a 401 goes to sign-in). */
  const check = useCallback(
    <T>(r: ApiResult<T>, say: (e: ApiError) => string): T | null => {
      if (r.ok) return r.data;
      if (r.error.code === "NOT_SIGNED_IN") signedOut();
      else show({ text: say(r.error), error: true });
      return null;
    },
    [show, signedOut],
  );

  const reload = useCallback(async () => {
    const r = await libraryApi.list();
    if (r.ok) {
      setBanks(r.data);
      setLoadError(null);
    } else if (r.error.code === "NOT_SIGNED_IN") signedOut();
    else setLoadError(r.error);
  }, [signedOut]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const put = useCallback((bank: LibraryBank) => setBanks((list) => upsert(list ?? [], bank)), []);

  return { banks, loadError, reload, toast, show, dismiss, check, put };
}

export type Library = ReturnType<typeof useLibrary>;
