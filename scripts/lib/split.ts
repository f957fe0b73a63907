/**
 * The one dev / held-out split of every labeled corpus: FNV-1a of a line's id, about 30%
 * held out. Fixed per line, so the split never changes as lines are added.
 */
export type Split = 'dev' | 'heldout';

export function splitOf(id: string): Split {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 10 < 3 ? 'heldout' : 'dev';
}
