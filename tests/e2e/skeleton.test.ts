import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveStatic, type LaunchedBrowser } from '../../scripts/lib/browser';

let browser: LaunchedBrowser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${server.url}/demo/index.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function highlightedTexts(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const h = CSS.highlights.get('puente-claim');
    return h ? [...h].map((r) => r.toString()) : [];
  });
}

describe('walking skeleton in real Chromium', () => {
  it('highlights the seed essay trade claim without touching the page DOM', async () => {
    const before = await page.evaluate(() => document.querySelector('article')!.innerHTML);
    await page.waitForFunction(() => (CSS.highlights.get('puente-claim')?.size ?? 0) > 0, undefined, { timeout: 20_000 });
    const texts = await highlightedTexts(page);
    expect(texts.some((t) => t.includes('trade $1.4 billion dollars a day'))).toBe(true);
    const after = await page.evaluate(() => document.querySelector('article')!.innerHTML);
    expect(after).toBe(before);
  });

  it('opens a card with the statement, the as-of date and a source link on click', async () => {
    const box = await page.evaluate(() => {
      const h = CSS.highlights.get('puente-claim')!;
      const range = [...h].find((r) => r.toString().includes('$1.4 billion')) as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const card = page.locator('puente-overlay').locator('[role="dialog"]');
    await card.waitFor({ timeout: 10_000 });
    await expect(card.textContent()).resolves.toMatch(/As of/);
    const link = card.locator('a[href^="http"]').first();
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 });
  });

  it("opens the classroom view from the card (side panel, or a tab where there is none)", async () => {
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('puente-claim')!][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const card = page.locator('puente-overlay').locator('[role="dialog"]');
    await card.waitFor({ timeout: 10_000 });
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 }).catch(() => null);
    await card.getByRole('button', { name: 'Classroom view' }).click();
    const panel = await opened;
    // Headless Chromium has no side panel to show, so the classroom view opens as a tab.
    expect(panel).not.toBeNull();
    if (panel) {
      await panel.waitForLoadState();
      expect(panel.url()).toMatch(/sidepanel\.html\?tab=\d+/);
      await panel.locator('li.item').first().waitFor({ timeout: 10_000 });
      await panel.close();
    }
    await page.keyboard.press('Escape');
  });

  it('raises no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
