"use client";

import { deviceId } from "./storage";

/**
 * The homework token this device keeps per assignment link, so reopening the link continues where the
 * student stopped. Not pruned like a game's seat: an assignment stays open for days or weeks, and a token
 * is a few dozen bytes.
 */
const key = (code: string) => `lousa:homework:${code}`;

export function loadHomeworkToken(code: string): string | null {
  try {
    const token = window.localStorage.getItem(key(code));
    return token && token.length > 0 ? token : null;
  } catch {
    return null;
  }
}

export function saveHomeworkToken(code: string, token: string): void {
  try {
    window.localStorage.setItem(key(code), token);
  } catch {
    // Storage refused (private mode): the page keeps working; a reload starts over.
  }
}

export function forgetHomeworkToken(code: string): void {
  try {
    window.localStorage.removeItem(key(code));
  } catch {
    // nothing kept, nothing to forget
  }
}

let pageDeviceId: string | null = null;

/**
 * The id this browser keeps (lib/storage's, the one a live game's join sends), for every start: a start
 * repeated by the same device and name (a reply lost on the way, "Começar de novo" after a lost token)
 * then gets the seat back. Storage refused (private mode): one id for as long as the page lives, so a
 * start sent again from this page is still recognised.
 */
export function homeworkDeviceId(): string {
  try {
    return deviceId();
  } catch {
    if (!pageDeviceId) pageDeviceId = `page-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("")}`;
    return pageDeviceId;
  }
}
