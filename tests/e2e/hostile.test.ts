/**
 * A hostile page: it posts window messages shaped like Puente's, replays WXT's
 * invalidation signal, dispatches synthetic clicks and keys, defines look-alike globals
 * and storms the DOM with mutations. None of it may drive the extension, reach the fact
 * base, or make the extension spin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, serveStatic, type LaunchedBrowser } from '../../scripts/lib/browser';

let browser: LaunchedBrowser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
let cdp: CDPSession;
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
  await page.waitForFunction(() => (CSS.highlights.get('puente-claim')?.size ?? 0) > 0, undefined, { timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile page', () => {
  it('cannot open cards or move the cursor with synthetic events or window messages', async () => {
    await page.evaluate(() => (window as unknown as { __hostile: { attack(): void } }).__hostile.attack());
    await page.waitForTimeout(500);
    expect(await page.locator('puente-overlay [role="dialog"]').count()).toBe(0);
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
    // Thousands of mutations a second become at most a handful of passes: a small share of the time.
    expect(storm.extensionMs / storm.wallMs).toBeLessThan(0.15);
    const after = await extensionTime(() => page.waitForTimeout(2000));
    expect(after.extensionMs).toBeLessThan(20);
    expect((await highlighted(page)).length).toBeGreaterThan(0);
  });

  it('raised no errors from the page', () => {
    expect(errors).toEqual([]);
  });
});
