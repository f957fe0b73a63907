// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Scanner } from '../../content/scanner';
import { genericAdapter } from '../../sites/generic';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
afterEach(() => {
  document.body.innerHTML = '';
});

function setup() {
  document.body.innerHTML = '<main><article><p id="a">First paragraph about trade between the two countries.</p><p id="b">Second paragraph about something else entirely here.</p></article></main>';
  const reads: string[] = [];
  const forgotten: string[] = [];
  const stale = new Set<Element>();
  const scanner = new Scanner(
    document,
    genericAdapter,
    {
      read: (block) => {
        reads.push(block.id || block.textContent!.slice(0, 10));
        stale.delete(block);
      },
      isStale: (block) => stale.has(block),
      forget: (block) => forgotten.push(block.id),
    },
    { throttleMs: 20 },
  );
  return { scanner, reads, forgotten, stale };
}

describe('Scanner', () => {
  it('reads each block once, and again only when its text changes', async () => {
    const { scanner, reads } = setup();
    scanner.start();
    await wait(100);
    expect(reads.sort()).toEqual(['a', 'b']);
    document.getElementById('a')!.setAttribute('data-x', '1');
    document.body.appendChild(document.createElement('span'));
    await wait(100);
    expect(reads.length).toBe(2);
    document.getElementById('b')!.firstChild!.textContent = 'Second paragraph, now edited to say something new.';
    await wait(100);
    expect(reads).toEqual(expect.arrayContaining(['a', 'b', 'b']));
    expect(reads.length).toBe(3);
    scanner.stop();
  });

  it('re-reads a block whose claim nodes were replaced, and forgets removed blocks', async () => {
    const { scanner, reads, forgotten, stale } = setup();
    scanner.start();
    await wait(100);
    const a = document.getElementById('a')!;
    stale.add(a);
    a.replaceChild(document.createTextNode(a.textContent!), a.firstChild!);
    await wait(100);
    expect(reads.filter((r) => r === 'a').length).toBe(2);
    document.getElementById('b')!.remove();
    await wait(100);
    expect(forgotten).toContain('b');
    scanner.stop();
  });

  it('turns a storm of mutations into a few passes and ignores its own nodes', async () => {
    const { scanner } = setup();
    const own = document.createElement('puente-overlay');
    document.documentElement.appendChild(own);
    const s = new Scanner(document, genericAdapter, { read: () => undefined, isStale: () => false, forget: () => undefined }, { throttleMs: 50, ignore: (n) => n === own || own.contains(n) });
    s.start();
    await wait(60);
    const before = s.stats.passes;
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) document.getElementById('b')!.setAttribute('data-i', String(i)), document.body.appendChild(document.createElement('i')).remove();
    const storm = performance.now() - t0;
    await wait(200);
    // At most one pass per throttle window while the storm lasts and after it (a loaded machine makes the storm longer,
    // not the throttle looser): 2,000 mutations never become 2,000 passes.
    expect(s.stats.passes - before).toBeLessThanOrEqual(Math.max(6, Math.ceil((storm + 200) / 50)));
    const passes = s.stats.passes;
    for (let i = 0; i < 50; i++) own.appendChild(document.createElement('div'));
    await wait(150);
    expect(s.stats.passes).toBe(passes);
    s.stop();
    scanner.stop();
  });
});
