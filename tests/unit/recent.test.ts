import { describe, expect, it } from 'vitest';
import { Recent } from '../../engine/recent';

describe('Recent (results kept for the latest keys)', () => {
  it('makes a key once while it is kept, and again after the store filled up and was dropped', () => {
    const recent = new Recent<number>(2);
    let made = 0;
    const make = (v: number) => () => {
      made++;
      return v;
    };
    expect(recent.get('a', make(1))).toBe(1);
    expect(recent.get('a', make(99))).toBe(1);
    expect(made).toBe(1);
    recent.get('b', make(2));
    // Full: a third key drops what was kept.
    recent.get('c', make(3));
    expect(recent.get('a', make(4))).toBe(4);
    expect(made).toBe(4);
  });
});
