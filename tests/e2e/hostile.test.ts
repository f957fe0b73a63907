/**
 * A hostile page: it posts window messages shaped like Puente's, replays WXT's
 * invalidation signal, dispatches synthetic clicks and keys, defines look-alike globals
 * (and Puente's old element name), styles every div, storms the DOM with mutations and
 * posts a 40,000-character run of punctuation. None of it may drive the extension, reach
 * the fact base or an open card, take the reader's keys, or make the extension spin. And
 * pages where Puente has nothing to show, or is off, cannot tell it is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, serveStatic, tabOf, waitForClaims, type LaunchedBrowser } from '../../scripts/lib/browser';
import { OverlayProbe } from '../../scripts/lib/overlay-probe';

/** The extension's own API, as seen inside its service worker. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ url?: string; active?: boolean; claims?: unknown[] } | null> };
  storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
};

interface Hostile {
  attack(): void;
  addClaim(): void;
  readFactBase(): Promise<string[]>;
  startStorm(ms: number): Promise<number>;
  probeCard(): string[];
  addPunctuation(): number;
  messages: string[];
  keys: { key: string; prevented: boolean }[];
  longTasks: { start: number; duration: number }[];
}
const hostile = <T>(p: Page, fn: (h: Hostile) => T | Promise<T>) => p.evaluate(`(${fn.toString()})(window.__hostile)`) as Promise<T>;

let browser: LaunchedBrowser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
let cdp: CDPSession;
let overlay: OverlayProbe;
const errors: string[] = [];

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** Milliseconds of main-thread time spent in the extension's scripts while fn runs. */
async function extensionTime(fn: () => Promise<unknown>): Promise<{ extensionMs: number; wallMs: number }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await fn();
  const wallMs = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const parent = new Map<number, number>();
  const url = new Map<number, string>();
  for (const n of profile.nodes) {
    url.set(n.id, n.callFrame.url);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const isExt = (id: number) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (url.get(cur)?.startsWith('chrome-extension://')) return true;
    return false;
  };
  let extensionMs = 0;
  profile.samples.forEach((id, i) => {
    if (isExt(id)) extensionMs += (profile.timeDeltas[i + 1] ?? 0) / 1000;
  });
  return { extensionMs, wallMs };
}

const highlighted = (p: Page) => p.evaluate(() => [...(CSS.highlights.get('puente-claim') ?? [])].map((r) => r.toString()));

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/tests/fixtures/hostile/hostile.html`);
  cdp = await browser.context.newCDPSession(page);
  overlay = new OverlayProbe(page);
  await waitForClaims(page);
});

/** Where a claim is drawn, by the text it contains (the top document's highlights). */
async function claimPoint(p: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await p.evaluate((t) => {
    const r = [...(CSS.highlights.get('puente-claim') ?? [])].find((x) => x.toString().includes(t)) as Range | undefined;
    if (!r) return null;
    (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 };
  }, text);
  if (!point) throw new Error(`no highlighted claim holds "${text}"`);
  return point;
}

async function openAndCloseCard(): Promise<void> {
  const at = await claimPoint(page, '$1.4 billion');
  await page.mouse.click(at.x, at.y);
  await overlay.waitFor('[role="dialog"]');
  await page.keyboard.press('Escape');
  await overlay.waitFor('[role="dialog"]', { state: 'detached' });
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile page', () => {
  it('cannot open cards or move the cursor with synthetic events or window messages', async () => {
    await page.evaluate(() => (window as unknown as { __hostile: { attack(): void } }).__hostile.attack());
    await page.waitForTimeout(500);
    expect(await overlay.count('[role="dialog"]')).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.get('puente-claim-focus')?.size ?? 0)).toBe(0);
    expect((await highlighted(page)).some((t) => t.includes('$1.4 billion'))).toBe(true);
  });

  it('cannot invalidate the content script: a claim added later is still found', async () => {
    await page.evaluate(() => (window as unknown as { __hostile: { addClaim(): void } }).__hostile.addClaim());
    await page.waitForFunction(() => [...(CSS.highlights.get('puente-claim') ?? [])].some((r) => r.toString().includes('$2.3 billion')), undefined, { timeout: 10_000 });
  });

  it('cannot see the fact base: it lives in the extension, not the page origin', async () => {
    const names = await page.evaluate(() => (window as unknown as { __hostile: { readFactBase(): Promise<string[]> } }).__hostile.readFactBase());
    expect(names).not.toContain('puente');
  });

  it('keeps the extension calm through a mutation storm and idle after it (no loop on its own changes)', async () => {
    const storm = await extensionTime(() => page.evaluate(() => (window as unknown as { __hostile: { startStorm(ms: number): Promise<number> } }).__hostile.startStorm(4000)));
    // Thousands of mutations a second become at most a handful of passes: a small share of the
    // time. Measured 0.11-0.15 on this 2-core machine (76a8ed2 and 5a02e0a alike; 0.150 once in a
    // clean-clone CI run), so the bound sits at 0.25: a scanner looping on its own changes runs
    // all the time (near 1), and the idle check below is the loop's own test.
    expect(storm.extensionMs / storm.wallMs).toBeLessThan(0.25);
    const after = await extensionTime(() => page.waitForTimeout(2000));
    expect(after.extensionMs).toBeLessThan(20);
    expect((await highlighted(page)).length).toBeGreaterThan(0);
  });

  it('cannot reach an open card: no readable root, no text, and synthetic clicks and keys do nothing', async () => {
    const at = await claimPoint(page, '$1.4 billion');
    await page.mouse.click(at.x, at.y);
    await overlay.waitFor('[role="dialog"]');
    // The card is drawn in place (the page's "div { transform }" does not move it off screen).
    const box = (await overlay.box('[role="dialog"]'))!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    const found = await hostile(page, (h) => h.probeCard());
    expect(found.filter((f) => !f.startsWith('stranger ') || f.includes('readable root'))).toEqual([]);
    await page.waitForTimeout(300);
    // Still open, nothing hidden, nothing copied or opened on the page's say-so.
    expect(await overlay.count('[role="dialog"]')).toBe(1);
    expect(await overlay.count('.note')).toBe(0);
    expect(await overlay.text('button[aria-pressed="true"]')).toBe('EN');
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
  });

  it('leaves Enter to the page after a card was opened and closed: links, <summary> and buttons work', async () => {
    await openAndCloseCard();
    await page.focus('#summary');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.getElementById('more') as HTMLDetailsElement).open)).toBe(true);
    await page.focus('#page-button');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.getElementById('likes')!.textContent)).toBe('1');
    expect(await overlay.count('[role="dialog"]')).toBe(0);
    await page.focus('#next');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#followed', undefined, { timeout: 5_000 });
    expect(await overlay.count('[role="dialog"]')).toBe(0);
  });

  it('opens a claim with Enter only right after Alt+Shift+J', async () => {
    await page.focus('#next');
    await page.keyboard.press('Alt+Shift+J');
    await page.keyboard.press('Enter');
    await overlay.waitFor('[role="dialog"]');
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
  });

  it('lets keys reach an input inside the page’s own shadow DOM', async () => {
    await openAndCloseCard();
    await page.keyboard.press('Alt+Shift+J');
    await page.evaluate(() => (document.getElementById('widget')!.shadowRoot!.getElementById('shadow-input') as HTMLInputElement).focus());
    await page.keyboard.type('Hola');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+Shift+K');
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (document.getElementById('widget')!.shadowRoot!.getElementById('shadow-input') as HTMLInputElement).value)).toBe('Hola');
    const keys = await hostile(page, (h) => h.keys.slice());
    expect(keys.map((k) => k.key).slice(0, 5)).toEqual(['H', 'o', 'l', 'a', 'Enter']);
    expect(keys.map((k) => k.key)).toContain('K');
    expect(keys.filter((k) => k.prevented)).toEqual([]);
    expect(await overlay.count('[role="dialog"]')).toBe(0);
  });

  it('reads text in the page’s open shadow roots and in same-origin frames', async () => {
    await page.waitForFunction(() => [...(CSS.highlights.get('puente-claim') ?? [])].some((r) => r.toString().includes('$64.7 billion')), undefined, { timeout: 10_000 });
    await page.waitForFunction(
      () => {
        const w = (document.getElementById('frame') as HTMLIFrameElement).contentWindow as (Window & typeof globalThis) | null;
        return [...(w?.CSS.highlights.get('puente-claim') ?? [])].some((r) => r.toString().includes('largest trading partner'));
      },
      undefined,
      { timeout: 10_000 },
    );
    // And a claim in a shadow root opens its card like any other.
    const at = await page.evaluate(() => {
      const r = [...CSS.highlights.get('puente-claim')!].find((x) => x.toString().includes('$64.7 billion')) as Range;
      (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + 12, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    await overlay.waitFor('[role="dialog"]');
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
  });

  it('reads a post with a 40,000-character run of punctuation without a long task', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const since = await hostile(page, (h) => ((h.longTasks.length = 0), h.addPunctuation()));
    const { extensionMs } = await extensionTime(() => page.waitForTimeout(2500));
    const long = await hostile(page, (h) => h.longTasks.slice());
    expect(long.filter((t) => t.start >= since - 5)).toEqual([]);
    expect(extensionMs).toBeLessThan(200);
  });

  it('raised no errors from the page', () => {
    expect(errors).toEqual([]);
  });
});

describe('pages where Puente shows nothing cannot tell it is installed', () => {
  let quiet: Page;

  afterAll(async () => {
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings.disabledSites'));
  });

  /** What a page can see of Puente. */
  const traces = (p: Page) =>
    p.evaluate(() => ({
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
      children: [...document.documentElement.children].map((el) => el.tagName),
      messages: (
        (window as unknown as { __probe?: { messages: string[] }; __hostile?: { messages: string[] } }).__probe ?? (window as unknown as { __hostile: { messages: string[] } }).__hostile
      ).messages.filter((m) => /wxt|content-script|chrome-extension|[a-p]{32}/.test(m)),
    }));

  it('a page without claims: no highlight, stylesheet, element or message, and no engine fetched', async () => {
    quiet = await browser.context.newPage();
    // Its text passes none of the packs' prefilter, so the engine's chunk is never fetched (content/session/page-session.ts).
    const fetched: string[] = [];
    quiet.on('request', (r) => {
      if (/\/content-scripts\/esm\//.test(r.url())) fetched.push(r.url().replace(/^.*\/esm\//, ''));
    });
    await quiet.goto(`${server.url}/tests/fixtures/hostile/quiet.html`);
    const tab = await tabOf(browser, quiet.url());
    // Puente has read the page (it answers the popup) and found nothing.
    const claims = await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page-claims' }), tab);
    expect(claims).toMatchObject({ active: true, claims: [] });
    await quiet.waitForTimeout(1500);
    expect(await traces(quiet)).toEqual({ highlights: 0, sheets: 0, children: ['HEAD', 'BODY'], messages: [] });
    expect([...new Set(fetched)]).toEqual(['content.js']);
    await quiet.close();
  });

  it('a site where Puente is off: nothing registered even where claims are', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ 'settings.disabledSites': ['127.0.0.1'] }));
    const off = await browser.context.newPage();
    await off.goto(`${server.url}/tests/fixtures/hostile/hostile.html?off`);
    const tab = await tabOf(browser, off.url());
    expect(await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page-claims' }), tab)).toMatchObject({ active: false, claims: [] });
    await off.waitForTimeout(1500);
    expect(await traces(off)).toEqual({ highlights: 0, sheets: 0, children: ['HEAD', 'BODY'], messages: [] });
    // Turned on again, it reads the page; turned off, it takes everything back out.
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings.disabledSites'));
    await waitForClaims(off, 10_000);
    const at = await claimPoint(off, '$1.4 billion');
    await off.mouse.click(at.x, at.y);
    await new OverlayProbe(off).waitFor('[role="dialog"]');
    await browser.worker.evaluate(() => chrome.storage.local.set({ 'settings.disabledSites': ['127.0.0.1'] }));
    await off.waitForFunction(() => CSS.highlights.size === 0 && document.adoptedStyleSheets.length === 0 && document.documentElement.children.length === 2, undefined, { timeout: 10_000 });
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings.disabledSites'));
    await off.close();
  });

  it('a page in designMode is an editor: nothing read or highlighted, no key taken', async () => {
    const editor = await browser.context.newPage();
    await editor.goto(`${server.url}/tests/fixtures/hostile/designmode.html`);
    await tabOf(browser, editor.url());
    await editor.waitForTimeout(1500);
    expect(await editor.evaluate(() => CSS.highlights.get('puente-claim')?.size ?? 0)).toBe(0);
    await editor.click('#claim');
    await editor.keyboard.press('Alt+Shift+J');
    await editor.keyboard.press('Enter');
    await editor.waitForTimeout(200);
    const keys = await editor.evaluate(() => (window as unknown as { __keys: { key: string; prevented: boolean }[] }).__keys.filter((k) => k.prevented));
    expect(keys).toEqual([]);
    expect(await new OverlayProbe(editor).count('[role="dialog"]')).toBe(0);
    await editor.close();
  });
});
