"use client";

import { useEffect, useRef, useState } from "react";
import type { LibraryBank } from "@lousa/protocol";
import type { ApiError } from "../../lib/api";
import { libraryApi } from "../../lib/library-api";
import { useSignedOut } from "./teacher-page";

/**
 * The banks a teacher can play or assign, and the one picked: for Novo jogo and Nova tarefa alike. The
 * library links to both with ?bank=<id> ("Jogar", "Passar como tarefa"): that bank is picked when this
 * teacher can see it, else the first. Banks in the bin are the library's business only.
 */
export function useBankChoice(onProblem: (error: ApiError) => void): { banks: LibraryBank[] | null; bankId: string; setBankId(id: string): void } {
  const signedOut = useSignedOut();
  const [banks, setBanks] = useState<LibraryBank[] | null>(null);
  const [bankId, setBankId] = useState("");
  // The page's own problem setter, read when the list answers: the banks are read once per sign-in.
  const problem = useRef(onProblem);
  problem.current = onProblem;
  useEffect(() => {
    let current = true;
    void libraryApi.list().then((r) => {
      if (!current) return;
      if (!r.ok) return r.error.status === 401 ? signedOut() : problem.current(r.error);
      const list = r.data.filter((b) => b.deletedAt === null);
      setBanks(list);
      const wanted = new URLSearchParams(window.location.search).get("bank");
      setBankId((chosen) => chosen || (list.find((b) => b.id === wanted) ?? list[0])?.id || "");
    });
    return () => {
      current = false;
    };
  }, [signedOut]);
  return { banks, bankId, setBankId };
}
