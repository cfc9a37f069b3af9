"use client";

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
