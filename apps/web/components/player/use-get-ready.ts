"use client";

import { useEffect, useRef } from "react";
import type { PhaseView } from "@lousa/game";
import { imageUrl } from "@lousa/protocol";
import { send, type LousaSocket } from "../../lib/socket";

/** Loads a picture into the browser's cache and decodes it; resolves either way (a broken picture must not hold the class). */
async function preload(src: string): Promise<void> {
  const img = new Image();
  img.src = src;
  try {
    await img.decode();
  } catch {
    // Not found, not a picture, or the network failed: the phone says it's ready anyway.
  }
}

/**
 * While a question gets ready (`opensInMs > 0`: its picture is on phones), loads the phone-size picture
 * and then tells the server (`player:ready`): the clock starts as soon as every phone has said so.
 *
 * Said once per view that arrives getting ready (`phaseSeq` bumps on every push and every rejoin's
 * snapshot), not once per question: a server that restarts during the get-ready opens the question
 * again with nobody ready, and only the snapshot after the rejoin tells this phone so. A view the
 * server sends again is said again; saying it twice is harmless, never saying it holds the class until
 * the get-ready times out. An ack that doesn't come (offline) is retried with the rejoin's snapshot.
 */
export function useGetReady(socket: LousaSocket | null, phase: PhaseView | null, phaseSeq: number): void {
  // The view (by its sequence number) this phone last said ready for: a re-render, or React running the
  // effect twice in development, is not a new view.
  const saidFor = useRef<number | null>(null);
  const preparing = phase?.kind === "question" && phase.opensInMs > 0 && phase.image?.onPhones === true ? { index: phase.index, imageId: phase.image.id } : null;
  const index = preparing?.index ?? null;
  const imageId = preparing?.imageId ?? null;

  useEffect(() => {
    if (!socket || index === null || imageId === null || saidFor.current === phaseSeq) return;
    saidFor.current = phaseSeq;
    void (async () => {
      await preload(imageUrl(imageId, "phone"));
      await send(socket, "player:ready", { questionIndex: index });
    })();
  }, [socket, index, imageId, phaseSeq]);
}
