import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveStatic, waitForClaims, type LaunchedBrowser } from '../../scripts/lib/browser';
import { OverlayProbe, clickClaim } from '../../scripts/lib/overlay-probe';
import { ROOT } from '../../scripts/lib/data-files';

let browser: LaunchedBrowser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
let overlay: OverlayProbe;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${server.url}/demo/index.html`);
  overlay = new OverlayProbe(page);
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
    await waitForClaims(page);
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
    await overlay.waitFor('[role="dialog"]');
    await expect(overlay.text('[role="dialog"]')).resolves.toMatch(/As of/);
    await expect(overlay.attr('a[href^="http"]', 'target')).resolves.toBe('_blank');
    await expect(overlay.attr('a[href^="http"]', 'rel')).resolves.toBe('noopener noreferrer');
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached', timeout: 5_000 });
  });

  it('shows an earned verdict with its figure check, and a neutral Context card where nothing settles the claim', async () => {
    const openClaim = async (part: string) => {
      await clickClaim(page, part);
      await overlay.waitFor('[role="dialog"]');
    };
    // The seed essay's $1.4 billion a day: outdated, with the figure it matches and the newest one.
    await openClaim('$1.4 billion');
    await expect(overlay.text('.badge')).resolves.toBe('Outdated');
    await expect(overlay.text('.figure')).resolves.toMatch(/\$1\.4 billion a day, the figure for 2013; the latest figure is \$2\.39 billion a day \(2025\)/);
    await expect(overlay.text('.asof')).resolves.toMatch(/Newest figure: 2025/);
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached', timeout: 5_000 });
    // A claim no figure or typical claim settles: a neutral label, no verdict colour, no figure check.
    await openClaim('Public opinion on both sides');
    await expect(overlay.text('.badge')).resolves.toBe('Context');
    await overlay.settled();
    await page.screenshot({ path: join(ROOT, 'tests', 'artifacts', 'card-context.png'), animations: 'disabled' });
    await expect(overlay.count('.figure')).resolves.toBe(0);
    const colour = await overlay.evaluate((root) => (root ? getComputedStyle(root.querySelector('.badge')!).backgroundColor : ''));
    expect(colour).toBe('rgba(0, 0, 0, 0)');
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached', timeout: 5_000 });
  });

  it('never opens a tab from the card’s classroom button (a page must not open tabs), and says where the view is', async () => {
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('puente-claim')!][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await overlay.waitFor('[role="dialog"]');
    const opened = browser.context.waitForEvent('page', { timeout: 3_000 }).catch(() => null);
    await overlay.click('button', 'Classroom view');
    await overlay.click('button', 'Classroom view');
    // Headless Chromium has no side panel to show: nothing opens, and the card says where to find the view.
    expect(await opened).toBeNull();
    await overlay.waitFor('.note');
    expect(await overlay.text('.note')).toMatch(/toolbar button/);
    await page.keyboard.press('Escape');
  });

  it('raises no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
