"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ApiError, ApiResult } from "../../lib/api";
import { nextFromUrl, setupPath, signInPath } from "./next-path";
import { teacherApi } from "./teacher-api";

/**
 * What the sign-in and first-run setup forms share. On arrival each page checks it is the right one: setup
 * is only for a server with no account yet, sign-in only for one that has some (and a browser that is
 * already signed in goes straight on). A successful submit is a full navigation to `?next=`, not a client
 * one: the answer carried the new session cookie, and every page after reads it fresh.
 */
export function useAuthForm(page: "setup" | "signin") {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void teacherApi.setupState().then((r) => {
      if (!current || !r.ok) return;
      if (page === "setup" && !r.data.needsSetup) router.replace(signInPath(nextFromUrl()));
      if (page === "signin" && r.data.needsSetup) router.replace(setupPath(nextFromUrl()));
    });
    if (page === "signin") {
      void teacherApi.me().then((r) => {
        if (current && r.ok) router.replace(nextFromUrl());
      });
    }
    return () => {
      current = false;
    };
  }, [router, page]);

  /** `local`: what the form itself found wrong (nothing is sent then). The refusal, if any, for the form to react to. */
  async function submit(local: string | null, send: () => Promise<ApiResult<unknown>>): Promise<ApiError | null> {
    if (busy) return null;
    setProblem(local);
    if (local) return null;
    setBusy(true);
    const r = await send();
    if (r.ok) {
      window.location.assign(nextFromUrl());
      return null;
    }
    setBusy(false);
    setProblem(r.error.reason);
    return r.error;
  }

  return { busy, problem, submit };
}
