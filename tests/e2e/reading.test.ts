/**
 * Reading a news page as a reader does, in real Chromium: the card never covers the claim
 * it is about, however the claim sits in the window; a teacher projecting the classroom view
 * can read each claim's rating from the back of the room.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveStatic, tabOf, type LaunchedBrowser } from '../../scripts/lib/browser';
import { OverlayProbe } from '../../scripts/lib/overlay-probe';

let browser: LaunchedBrowser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.url}/tests/fixtures/news/article-en.html`);
  await page.waitForFunction(() => (CSS.highlights.get('puente-claim')?.size ?? 0) > 5, undefined, { timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const CLAIM = '70 percent of the guns';
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Scrolls the claim holding `part` to `block`, clicks it, and returns its line boxes and the placed card's box. */
async function openAt(part: string, block: 'start' | 'center' | 'end'): Promise<{ lines: Box[]; card: Box }> {
  // The page is scanned in idle-time slices: the claim's highlight may come after the first ones.
  await page.waitForFunction((part) => [...(CSS.highlights.get('puente-claim') ?? [])].some((r) => (r as Range).toString().includes(part)), part, { timeout: 20_000 });
  const at = await page.evaluate(
    ({ part, block }) => {
      const range = ([...CSS.highlights.get('puente-claim')!] as Range[]).find((r) => r.toString().includes(part))!;
      range.startContainer.parentElement!.scrollIntoView({ block });
      const first = range.getClientRects()[0]!;
      return { x: first.left + 15, y: first.top + first.height / 2 };
    },
    { part, block },
  );
  await page.mouse.click(at.x, at.y);
  const overlay = new OverlayProbe(page);
  let card: Box | null = null;
  for (let i = 0; i < 50 && !card; i++) {
    card = await overlay.box('[role="dialog"]');
    if (!card) await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  return boxes(part);
}

async function boxes(part = CLAIM): Promise<{ lines: Box[]; card: Box }> {
  const card = (await new OverlayProbe(page).box('[role="dialog"]'))!;
  const lines = await page.evaluate((part) => {
    const range = ([...CSS.highlights.get('puente-claim')!] as Range[]).find((r) => r.toString().includes(part))!;
    return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
  }, part);
  return { lines, card };
}

describe('the card beside its claim', () => {
  for (const [w, h] of [
    [1280, 900],
    [1280, 720],
    [1024, 600],
  ] as const) {
    it(`leaves the claim it is about in view (${w}×${h}, claim at the top, middle and bottom)`, async () => {
      await page.setViewportSize({ width: w, height: h });
      for (const block of ['start', 'center', 'end'] as const) {
        const { lines, card } = await openAt(CLAIM, block);
        const covered = lines.filter((l) => l.y >= 0 && l.y + l.height <= h && overlaps(l, card));
        expect(covered, `${w}×${h}, claim at the ${block}: card ${JSON.stringify(card)} over ${JSON.stringify(covered)}`).toEqual([]);
        expect(card.y).toBeGreaterThanOrEqual(0);
        expect(card.y + card.height).toBeLessThanOrEqual(h);
        // And it stays clear of the claim as the page scrolls under it.
        await page.mouse.wheel(0, 60);
        await page.waitForTimeout(300);
        const after = await boxes();
        const coveredAfter = after.lines.filter((l) => l.y >= 0 && l.y + l.height <= h && overlaps(l, after.card));
        expect(coveredAfter, `${w}×${h}, claim at the ${block}, scrolled`).toEqual([]);
        await page.keyboard.press('Escape');
        await new OverlayProbe(page).waitFor('[role="dialog"]', { state: 'detached', timeout: 5_000 });
      }
    });
  }
});

describe('the classroom view on a projector', () => {
  it('scales the title and every rating with the text in presentation mode', async () => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 1280, height: 800 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${await tabOf(browser, page.url())}`);
    await panel.locator('li.item .badge').first().waitFor({ timeout: 10_000 });
    await panel.getByLabel(/Presentation mode/).check();
    const px = (selector: string) =>
      panel
        .locator(selector)
        .first()
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const text = await px('li.item blockquote');
    expect(await px('h1'), 'the title is no smaller than the text under it').toBeGreaterThanOrEqual(await px('main > p'));
    // A rating is what the class discusses: no smaller than three quarters of the text.
    expect(await px('li.item .badge')).toBeGreaterThanOrEqual(0.75 * text);
    await panel.close();
  });
});
