/**
 * Tells the popup and the classroom view when this page's claims change, so they read them
 * again at once instead of waiting and re-reading. Quiet until one of them has asked for
 * the claims: a page nobody looks at never wakes the background. A scan changes the claims
 * in bursts (block after block); the changes of `coalesceMs` go as one message.
 */
export interface ClaimsAnnouncer {
  /** The claims changed (found, forgotten, hidden, or all gone). */
  changed(): void;
  /** An extension page asked for the claims: from now on, changes are announced. */
  watched(): void;
  dispose(): void;
}

export function createClaimsAnnouncer(send: () => Promise<void>, onError: (e: unknown) => void, coalesceMs = 150): ClaimsAnnouncer {
  let watched = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    changed() {
      if (!watched || timer) return;
      timer = setTimeout(() => {
        timer = null;
        send().catch(onError);
      }, coalesceMs);
    },
    watched() {
      watched = true;
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
      watched = false;
    },
  };
}
