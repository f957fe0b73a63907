/**
 * No lost data, no stale tabs: "Not relevant here" has an Undo in the card, the options list
 * the hidden facts to show again, and every open tab of the site follows each of these
 * changes (and any change to the facts) without a reload.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, launchWithExtension, serveStatic, type LaunchedBrowser } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/data-files';
import { OverlayProbe, clickClaim } from '../../scripts/lib/overlay-probe';

/** The extension's own API, as seen inside its service worker. */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ url?: string; claims?: { text: string; factId: string }[] } | null> } };

let browser: LaunchedBrowser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let a: Page;
let b: Page;
const CLAIM = '$1.4 billion';

const shows = (p: Page, text: string) => p.evaluate((t) => [...(CSS.highlights.get('puente-claim') ?? [])].some((r) => r.toString().includes(t)), text);
const waitShown = (p: Page, text: string, shown: boolean) =>
  p.waitForFunction(([t, want]) => [...(CSS.highlights.get('puente-claim') ?? [])].some((r) => r.toString().includes(t as string)) === want, [text, shown] as const, { timeout: 10_000 });

async function openCard(p: Page): Promise<OverlayProbe> {
  await clickClaim(p, CLAIM);
  const overlay = new OverlayProbe(p);
  await overlay.waitFor('[role="dialog"]');
  return overlay;
}

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchWithExtension();
  a = await browser.context.newPage();
  b = await browser.context.newPage();
  for (const p of [a, b]) {
    await p.goto(`${server.url}/demo/index.html`);
    await waitShown(p, CLAIM, true);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hidden facts', () => {
  it('“Not relevant here” hides the fact in every tab of the site, and the card’s Undo brings it back', async () => {
    await a.bringToFront();
    const card = await openCard(a);
    await card.click('button', 'Not relevant here');
    await card.waitFor('.note');
    expect(await card.text('.note')).toMatch(/Hidden on this site/);
    await waitShown(a, CLAIM, false);
    await waitShown(b, CLAIM, false);
    await card.click('button', 'Undo');
    await waitShown(a, CLAIM, true);
    await waitShown(b, CLAIM, true);
    expect(await card.count('[role="dialog"]')).toBe(1);
    await a.keyboard.press('Escape');
  });

  it('the options list a hidden fact and show it again, in the open tabs too', async () => {
    await a.bringToFront();
    const card = await openCard(a);
    await card.click('button', 'Not relevant here');
    await waitShown(b, CLAIM, false);
    await a.keyboard.press('Escape');

    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html#settings'));
    const show = options.getByRole('button', { name: /Show again/ });
    await show.first().waitFor({ timeout: 10_000 });
    await expect(options.locator('.mutes').textContent()).resolves.toContain('127.0.0.1');
    await show.first().click();
    await waitShown(a, CLAIM, true);
    await waitShown(b, CLAIM, true);
    await options.getByText(/no fact is hidden anywhere/).waitFor();
    await options.close();
    expect(await shows(b, CLAIM)).toBe(true);
  });
});

describe('changed facts', () => {
  // A demo sentence no figure settles, so a typical claim decides which fact answers it.
  const SENTENCE = 'Public opinion on both sides of the border';
  /** The fact each open tab now gives the sentence (asked as the popup asks). */
  const factsForSentence = () =>
    browser.worker.evaluate(async (text) => {
      const out: string[] = [];
      for (const tab of await chrome.tabs.query({})) {
        const res = await chrome.tabs.sendMessage(tab.id!, { type: 'page-claims' }).catch(() => null);
        const claim = res?.claims?.find((c) => c.text.includes(text));
        if (claim) out.push(claim.factId);
      }
      return out.sort();
    }, SENTENCE);
  const until = async (want: string[]) => {
    for (let i = 0; i < 100 && JSON.stringify(await factsForSentence()) !== JSON.stringify(want); i++) await a.waitForTimeout(100);
    expect(await factsForSentence()).toEqual(want);
  };

  it('reach open tabs without a reload: an import, then a reset that deletes it', async () => {
    const before = await factsForSentence();
    expect(before).toHaveLength(2);
    const bundled = JSON.parse(readFileSync(join(ROOT, 'facts', 'public-opinion.json'), 'utf8')) as { id: string }[];
    const original = bundled.find((f) => f.id === before[0])!;
    // A shared pack's copy of that fact, with the demo's sentence as its typical claim: it now matches best.
    const copy = {
      ...original,
      id: 'my-opinion-copy',
      claims: [{ text: 'Public opinion on both sides of the border still lags behind the day-to-day cooperation of the two governments.', lang: 'en', rating: 'needs-context' }],
    };

    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html#import'));
    await options.getByLabel('Or paste JSON here').fill(JSON.stringify([copy]));
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options
      .getByText(/imported/i)
      .first()
      .waitFor();
    await until(['my-opinion-copy', 'my-opinion-copy']);

    // Reset without keeping: it asks first, then deletes, and the tabs follow.
    await options.getByLabel('Keep my own facts').uncheck();
    await options.getByRole('button', { name: 'Reset', exact: true }).click();
    await options.getByRole('button', { name: 'Delete my facts and reset' }).click();
    await until(before);
    await options.close();
  });
});
