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
 * and then tells the server (`player:ready`), once per question: the clock starts as soon as every phone
 * has said so. If the ack doesn't come (offline), the next view of that question (the rejoin's snapshot)
 * tries again; a question already running needs nothing.
 */
export function useGetReady(socket: LousaSocket | null, phase: PhaseView | null, phaseSeq: number): void {
  const said = useRef(new Set<number>());
  const preparing = phase?.kind === "question" && phase.opensInMs > 0 && phase.image?.onPhones === true ? { index: phase.index, imageId: phase.image.id } : null;
  const index = preparing?.index ?? null;
  const imageId = preparing?.imageId ?? null;

  useEffect(() => {
    if (!socket || index === null || imageId === null || said.current.has(index)) return;
    said.current.add(index);
    void (async () => {
      await preload(imageUrl(imageId, "phone"));
      const r = await send(socket, "player:ready", { questionIndex: index });
      if (!r.ok) said.current.delete(index);
    })();
  }, [socket, index, imageId, phaseSeq]);
}
