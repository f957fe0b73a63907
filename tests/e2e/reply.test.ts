/**
 * The X reply assistant in real Chromium, on an X-like reply dialog served at https://x.com
 * (routed to a local fixture): the Puente button beside the reply box, sourced suggestions,
 * Copy to the clipboard, Insert through the editor's own input path (its model stays in
 * step and the user's text stays), and the outdated-figure warning on a draft.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForClaims, type LaunchedBrowser } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/data-files';
import { OverlayProbe } from '../../scripts/lib/overlay-probe';

declare global {
  interface Window {
    __fixture: { getDraft(): string; events: string[] };
  }
}

const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const FIXTURE = readFileSync(join(ROOT, 'tests', 'fixtures', 'x', 'reply-assistant.html'), 'utf8');
const ORIGIN = 'https://x.com';

let browser: LaunchedBrowser;
let page: Page;
let overlay: OverlayProbe;
const pageErrors: string[] = [];

const editor = () => page.locator('[data-testid="tweetTextarea_0"]');
const BUTTON = '.reply-button';
const PANEL = '.reply-panel[role="dialog"]';
const draft = () => page.evaluate(() => window.__fixture.getDraft());
const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

async function clearDraft(): Promise<void> {
  await editor().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.__fixture.getDraft() === '');
}

/** Screenshots with the mouse parked away from Puente's button and animations finished. */
async function shot(name: string): Promise<void> {
  await page.mouse.move(5, 895);
  await page.screenshot({ path: join(ARTIFACTS, `reply-${name}.png`), animations: 'disabled' });
}

async function openPanel(): Promise<void> {
  await overlay.waitFor(BUTTON);
  await overlay.click(BUTTON);
  await overlay.waitFor(PANEL);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchWithExtension();
  // The fixture is served at X's own origin, so the content script sees host x.com.
  await browser.context.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE }));
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${ORIGIN}/compose/post`);
  overlay = new OverlayProbe(page);
  // Puente is running once the post being replied to is highlighted.
  await waitForClaims(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('reply assistant on an X reply dialog', () => {
  it('shows a Puente button beside the focused reply box, without taking focus or touching the editor', async () => {
    await expect(overlay.count(BUTTON)).resolves.toBe(0);
    const before = await editor().evaluate((el) => el.innerHTML);
    const links = () => page.evaluate(() => document.querySelectorAll('link, script').length);
    const linksBefore = await links();
    await editor().click();
    await overlay.waitFor(BUTTON);
    expect(await activeTestId()).toBe('tweetTextarea_0');
    expect(await editor().evaluate((el) => el.innerHTML)).toBe(before);
    // Nothing was added to the page (no <link>, no <script>): Puente lives in its overlay.
    expect(await links()).toBe(linksBefore);
    const b = (await overlay.box(BUTTON))!;
    const e = (await editor().boundingBox())!;
    const overlaps = b.x < e.x + e.width && e.x < b.x + b.width && b.y < e.y + e.height && e.y < b.y + b.height;
    expect(overlaps).toBe(false);
    expect(Math.abs(b.x - (e.x + e.width))).toBeLessThan(40);
  });

  it('lists the post’s claim with sourced suggestions and their X length', async () => {
    await page.keyboard.type('Thanks for raising this.');
    await page.waitForFunction(() => window.__fixture.getDraft() === 'Thanks for raising this.');
    await openPanel();
    await expect(overlay.attr(PANEL, 'aria-labelledby')).resolves.toBeTruthy();
    const text = (await overlay.text(PANEL)) ?? '';
    expect(text).toContain('In the post you are replying to');
    expect(text).toMatch(/The latest figure is \$[\d.]+ billion a day \(\d{4}\)/);
    const suggestions = await overlay.texts(`${PANEL} .reply-text`);
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const s of suggestions) expect(s.match(/https?:\/\//g)?.length).toBe(1);
    // Each suggestion shows the host its link really goes to.
    const hosts = await overlay.texts(`${PANEL} .reply-link-host`);
    expect(hosts.length).toBe(suggestions.length);
    suggestions.forEach((s, i) => expect(hosts[i]).toContain(new URL(s.match(/https?:\/\/\S+/)![0]).hostname));
    const lengths = await overlay.texts(`${PANEL} .reply-len`);
    for (const l of lengths) {
      const [n, max] = l.split('/').map(Number);
      expect(max).toBe(280);
      expect(n).toBeLessThanOrEqual(280);
    }
    // Opening the panel left the user's draft alone.
    expect(await draft()).toBe('Thanks for raising this.');
    await shot('panel');
  });

  it('copies a suggestion to the clipboard', async () => {
    const expected = await overlay.text(`${PANEL} .reply-suggestion .reply-text`);
    await overlay.click(`${PANEL} .reply-suggestion button`, 'Copy');
    for (let i = 0; i < 50 && !(await overlay.evaluate((root) => root?.querySelector('.reply-suggestion')?.textContent?.includes('Copied') ?? false)); i++) await page.waitForTimeout(100);
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toBe(expected);
  });

  it('inserts a suggestion at the caret through the editor’s own input path, keeping the user’s text', async () => {
    const expected = (await overlay.text(`${PANEL} .reply-suggestion .reply-text`))!;
    await overlay.click(`${PANEL} .reply-suggestion button`, 'Insert');
    await page.waitForFunction((t) => window.__fixture.getDraft().includes(t), expected);
    const text = await draft();
    expect(text.startsWith('Thanks for raising this.')).toBe(true);
    expect(text).toBe(`Thanks for raising this. ${expected}`);
    // It went in as typing does (beforeinput insertText), so the site's model followed.
    const events = await page.evaluate(() => window.__fixture.events.slice());
    expect(events.some((e) => e.startsWith('insertText'))).toBe(true);
    expect(events).not.toContain('paste');
    await expect(page.locator('[data-testid="tweetButton"]').isDisabled()).resolves.toBe(false);
    // The editor has focus again, with the caret after the inserted text.
    expect(await activeTestId()).toBe('tweetTextarea_0');
    await page.keyboard.type(' Saludos');
    await page.waitForFunction(() => window.__fixture.getDraft().endsWith(' Saludos'));
    await shot('inserted');
  });

  it('closes on Escape and gives focus back', async () => {
    await editor().click();
    if (!(await overlay.count(PANEL))) await openPanel();
    await overlay.focus(PANEL);
    await page.keyboard.press('Escape');
    await overlay.waitFor(PANEL, { state: 'detached', timeout: 5_000 });
    expect(await activeTestId()).toBe('tweetTextarea_0');
  });

  it('opens from the keyboard (Alt+Shift+R), is keyboard-navigable, and Escape returns to the reply box', async () => {
    await editor().click();
    await page.keyboard.press('Alt+Shift+R');
    await overlay.waitFor(PANEL, { timeout: 5_000 });
    await page.keyboard.press('Tab');
    const focused = await overlay.evaluate((root) => {
      const el = root?.activeElement as HTMLElement | null;
      return el ? { tag: el.tagName, outline: getComputedStyle(el).outlineStyle } : null;
    });
    expect(focused?.tag).toBe('BUTTON');
    expect(focused?.outline).not.toBe('none');
    await page.keyboard.press('Escape');
    await overlay.waitFor(PANEL, { state: 'detached', timeout: 5_000 });
    expect(await activeTestId()).toBe('tweetTextarea_0');
  });

  it('warns when the draft states an outdated figure, with the current figure, its date and source', async () => {
    await clearDraft();
    await page.keyboard.type('We trade $1.4 billion a day');
    await page.waitForFunction(() => window.__fixture.getDraft() === 'We trade $1.4 billion a day');
    await overlay.waitFor('.reply-button[data-warn]', { timeout: 5_000 });
    await openPanel();
    await overlay.waitFor(`${PANEL} .reply-warning`);
    const text = (await overlay.text(`${PANEL} .reply-warning`)) ?? '';
    expect(text).toContain('Check this figure before posting');
    expect(text).toMatch(/Your draft says \$1\.4 billion a day, an older figure\. The latest is \$[\d.]+ billion a day \(\d{4}\)\./);
    await expect(overlay.attr(`${PANEL} .reply-warning a`, 'href')).resolves.toMatch(/^https?:\/\//);
    expect(await draft()).toBe('We trade $1.4 billion a day');
    await shot('warning');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await overlay.waitFor(PANEL, { state: 'detached', timeout: 5_000 });
  });

  it('follows the draft’s language: a Spanish draft gets Spanish suggestions', async () => {
    await clearDraft();
    await page.keyboard.type('Gracias por la pregunta, es un tema importante para los dos países.');
    await openPanel();
    const first = (await overlay.text(`${PANEL} .reply-text`)) ?? '';
    expect(first).toMatch(/La cifra más reciente es de .* millones de dólares al día/);
    expect(first).toContain('Fuente:');
    await shot('es');
    await page.keyboard.press('Escape');
    await overlay.waitFor(PANEL, { state: 'detached', timeout: 5_000 });
  });

  it('keeps the panel inside the window, clear of the reply box and its Reply button when there is room', async () => {
    for (const viewport of [
      { width: 1600, height: 900 },
      { width: 1280, height: 900 },
      { width: 640, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await editor().click();
      await openPanel();
      for (let i = 0; i < 50 && !(await overlay.evaluate((root) => (root?.querySelector('.reply-pos') as HTMLElement | null)?.style.visibility === '')); i++) await page.waitForTimeout(100);
      const p = (await overlay.box(PANEL))!;
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(viewport.width);
      expect(p.y + p.height).toBeLessThanOrEqual(viewport.height);
      if (viewport.width >= 1280) {
        const box = (await page.locator('.mask > div[role="dialog"]').boundingBox())!;
        const overlaps = p.x < box.x + box.width && box.x < p.x + p.width && p.y < box.y + box.height && box.y < p.y + p.height;
        expect(overlaps, `panel over the reply dialog at ${viewport.width}px`).toBe(false);
      }
      if (viewport.width === 1600) await shot('wide');
      if (viewport.width === 640) await shot('narrow');
      await page.keyboard.press('Escape');
      await overlay.waitFor(PANEL, { state: 'detached', timeout: 5_000 });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('hides the button when the reply box loses focus', async () => {
    await page.locator('article[data-testid="tweet"]').focus();
    await overlay.waitFor(BUTTON, { state: 'detached', timeout: 5_000 });
  });

  it('raises no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
