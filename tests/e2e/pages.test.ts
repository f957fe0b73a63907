/**
 * The popup and the classroom side panel, opened at their extension URLs in real
 * Chromium and used as a person would, against a page with claims in another tab.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, launchWithExtension, openClassroom, openDemoArticle, openPopup, serveStatic, waitForClaims, type LaunchedBrowser } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/data-files';
import { OverlayProbe } from '../../scripts/lib/overlay-probe';

const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
let browser: LaunchedBrowser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let article: Page;
let tabId: number;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveStatic();
  browser = await launchWithExtension();
  ({ article, tabId } = await openDemoArticle(browser, server.url));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup', () => {
  it('lists the page claims, opens one on the page, and toggles the site', async () => {
    const popup = await openPopup(browser, tabId);
    const items = popup.locator('.claim-button');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    await expect(popup.locator('main').textContent()).resolves.toMatch(/claims? found/);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });

    // The page's claims change (a paragraph with claims is added, then removed): the open
    // popup follows on the page's announcement, without a reload.
    const added = await article.evaluate(() => {
      const first = [...(CSS.highlights.get('puente-claim') ?? [])][0] as Range | undefined;
      const block = first?.startContainer.parentElement?.closest('p, li, blockquote');
      if (!block) return false;
      const copy = block.cloneNode(true) as Element;
      copy.id = 'puente-e2e-copy';
      block.after(copy);
      return true;
    });
    expect(added).toBe(true);
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(count);
    await article.evaluate(() => document.getElementById('puente-e2e-copy')?.remove());
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(count);

    // A click scrolls to the claim and opens its card on the page.
    await items.first().click();
    await new OverlayProbe(article).waitFor('[role="dialog"]');
    await article.keyboard.press('Escape');

    // Turning the site off clears the highlights; on again brings them back.
    const again = await browser.context.newPage();
    await again.goto(extensionUrl(browser, `popup.html?tab=${tabId}`));
    const siteSwitch = again.getByLabel(/On for 127\.0\.0\.1/);
    await siteSwitch.uncheck();
    await article.waitForFunction(() => (CSS.highlights.get('puente-claim')?.size ?? 0) === 0, undefined, { timeout: 10_000 });
    await siteSwitch.check();
    await waitForClaims(article, 10_000);
    await again.close();
    if (!popup.isClosed()) await popup.close();
  });
});

describe('classroom view', () => {
  it('shows every claim with its record, frame, questions and sources; quiz hides ratings; exports a worksheet', async () => {
    const panel = await openClassroom(browser, tabId);
    const items = panel.locator('li.item');
    expect(await items.count()).toBeGreaterThan(0);
    const first = items.first();
    await expect(first.locator('blockquote').textContent()).resolves.toBeTruthy();
    await expect(first.locator('a[href^="http"]').first().getAttribute('rel')).resolves.toBe('noopener noreferrer');
    expect(await first.locator('ol li').count()).toBeGreaterThanOrEqual(2);
    await panel.screenshot({ path: join(ARTIFACTS, 'classroom.png'), fullPage: true });

    await panel.getByLabel(/Quiz mode/).check();
    await expect(first.locator('.badge').count()).resolves.toBe(0);
    await first.getByRole('button', { name: /Reveal rating/ }).click();
    await expect(first.locator('.badge').count()).resolves.toBe(1);

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /Markdown/ }).click()]);
    const path = join(ARTIFACTS, 'worksheet.md');
    await download.saveAs(path);
    const { readFileSync } = await import('node:fs');
    const md = readFileSync(path, 'utf8');
    expect(md).toMatch(/^# Worksheet: /);
    expect(md).toContain(article.url());
    expect(md).toMatch(/https?:\/\//);

    await panel.getByLabel(/Presentation mode/).check();
    await expect(panel.locator('main.present').count()).resolves.toBe(1);
    await panel.getByRole('button', { name: 'ES', exact: true }).click();
    await expect(panel.locator('h1').textContent()).resolves.toBe('Vista para el aula');
    await panel.screenshot({ path: join(ARTIFACTS, 'classroom-present-es.png') });
    await panel.close();
  });
});
