"use client";

import { useCallback, useEffect, useState } from "react";
import type { AssignmentDetail } from "@lousa/protocol";
import type { ApiError } from "../../lib/api";
import { assignmentsApi } from "../../lib/homework-api";

/** How often the teacher's page asks again while students may be working. */
export const PROGRESS_EVERY_MS = 4000;

/**
 * One assignment for its teacher, read again every few seconds until it closes (students work on their own
 * time: there is no socket to push their progress). `reload` after changing it (closing it now); `show` the
 * assignment a change answered with (a device released).
 */
export function useAssignment(id: string, signedOut: () => void): { detail: AssignmentDetail | null; problem: ApiError | null; reload(): Promise<void>; show(detail: AssignmentDetail): void } {
  const [detail, setDetail] = useState<AssignmentDetail | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    const r = await assignmentsApi.get(id);
    if (r.ok) {
      setDetail(r.data);
      setProblem(null);
    } else if (r.error.status === 401) signedOut();
    else setProblem(r.error);
  }, [id, signedOut]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const closed = detail?.window === "closed";
  useEffect(() => {
    if (closed) return;
    const timer = window.setInterval(() => void reload(), PROGRESS_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [closed, reload]);

  const show = useCallback((d: AssignmentDetail) => {
    setDetail(d);
    setProblem(null);
  }, []);

  return { detail, problem, reload, show };
}
