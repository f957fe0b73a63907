/**
 * Accessibility in real Chromium, on the built extension: axe-core (WCAG 2.1 A and AA) on
 * the popup, each section of the options page, the classroom view, the claim card and the
 * X reply panel, in the light and the dark colour scheme; the card and the reply panel
 * reached and used from the keyboard with a visible focus ring of 3:1; popup and options
 * operable with Tab; the claim underline seen on white and black pages; the pressed and
 * selected buttons still shown in forced colours; no motion when the reader asks for
 * reduced motion.
 *
 * The card and the reply panel live in a closed shadow root, which axe (page script) cannot
 * see. The DevTools protocol can: the test resolves the root (as the overlay probe does) and
 * gives the host, in the page's world only, a `shadowRoot` getter that returns it. axe then
 * walks the real card, with its real styles, where it is drawn over the page. axe finds the
 * colour behind a text in a grid it builds from <body> only, and the overlay hangs from
 * <html>: for the audit the host is moved into <body> (it is fixed, so nothing moves on
 * screen) and put back after. The extension's code is not changed for the test.
 *
 * Serious and critical violations fail the test (listed with rule, impact and targets);
 * moderate and minor ones are printed. A summary of every finding is written to
 * tests/artifacts/a11y.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, openClassroom, openDemoArticle, openPopup, serveStatic, waitForClaims, type LaunchedBrowser } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/data-files';
import { OverlayProbe, clickClaim } from '../../scripts/lib/overlay-probe';

const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}
interface Audit {
  violations: Violation[];
  passes: string[];
  incomplete: string[];
}
interface Row {
  view: string;
  scheme: Scheme;
  id: string;
  impact: string;
  count: number;
}
const rows: Row[] = [];

let browser: LaunchedBrowser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let article: Page;
let tabId: number;
const ext = (path: string) => extensionUrl(browser, path);
/** The options page, once its tabs are drawn. */
async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(ext('options.html'));
  await page.getByRole('tab', { name: 'Settings' }).waitFor();
  return page;
}

/**
 * Runs axe on the page, or only on Puente's overlay (its closed shadow root made visible to
 * axe as described above). Evaluated through the DevTools protocol, so the extension pages'
 * content security policy (no inline script) does not stand in the way.
 */
async function axe(page: Page, scope: 'page' | 'overlay'): Promise<Audit> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  if (scope === 'overlay') {
    const found = await new OverlayProbe(page).evaluate((root) => {
      if (!root) return false;
      Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
      // axe reads the colours behind text from a grid of document.body only; the overlay hangs
      // from <html>. For the audit it goes into <body> (same place on screen: it is fixed).
      document.body.append(root.host);
      (window as unknown as { __puenteAudited: Element }).__puenteAudited = root.host;
      return true;
    });
    if (!found) throw new Error('no overlay to audit');
    // Re-inserted, the card plays its 120 ms fade-in again: audit it once it is opaque.
    await page.waitForTimeout(300);
  }
  try {
    return await audit(page, scope);
  } finally {
    if (scope === 'overlay') await page.evaluate(() => document.documentElement.append((window as unknown as { __puenteAudited: Element }).__puenteAudited));
  }
}

function audit(page: Page, scope: 'page' | 'overlay'): Promise<Audit> {
  return page.evaluate(
    async ({ tags, overlay }) => {
      type Result = { id: string; impact: string; help: string; nodes: { target: unknown[] }[] };
      const api = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: Result[]; passes: Result[]; incomplete: Result[] }> } }).axe;
      const context = overlay ? (window as unknown as { __puenteAudited: Element }).__puenteAudited : document;
      const result = await api.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return {
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? 'unknown',
          help: v.help,
          targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' >>> ')),
        })),
        passes: result.passes.map((p) => p.id),
        // Rules axe could not settle (one node each is kept with resultTypes: violations).
        incomplete: result.incomplete.map((i) => i.id),
      };
    },
    { tags: WCAG_21_AA, overlay: scope === 'overlay' },
  );
}

/** Audits one view in one scheme: records every finding, prints the minor ones, fails on serious and critical. */
async function check(page: Page, view: string, scheme: Scheme, scope: 'page' | 'overlay' = 'page'): Promise<void> {
  const { violations: found, passes, incomplete } = await axe(page, scope);
  if (incomplete.length) console.log(`a11y ${view} (${scheme}), axe could not settle (incomplete, to review): ${incomplete.join(', ')}`);
  // axe really read the view's text and colours (inside the shadow root too); the X button has no text.
  if (view !== 'x/reply-button') expect(passes, `${view} (${scheme}): axe checked no text contrast`).toContain('color-contrast');
  for (const v of found) rows.push({ view, scheme, id: v.id, impact: v.impact, count: v.targets.length });
  const list = (vs: Violation[]) => vs.map((v) => `  ${v.id} [${v.impact}] ${v.help}\n${v.targets.map((t) => `    ${t}`).join('\n')}`).join('\n');
  const minor = found.filter((v) => v.impact === 'moderate' || v.impact === 'minor');
  if (minor.length) console.log(`a11y ${view} (${scheme}), moderate/minor:\n${list(minor)}`);
  const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Soft: every view is audited, and the failure lists them all.
  expect.soft(serious, `${view} (${scheme}): serious/critical axe violations\n${list(serious)}`).toEqual([]);
}

/** Audits one view in both colour schemes. */
async function bothSchemes(page: Page, view: string, scope: 'page' | 'overlay' = 'page'): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    // Let styles settle (the card fades in over 120 ms).
    await page.waitForTimeout(250);
    await check(page, view, scheme, scope);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The contrast ratio of two CSS colours ("rgb(...)" / "rgba(...)", alpha ignored). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

interface Ring {
  tag: string;
  name: string;
  outline: string;
  outlineColor: string;
  shadow: string;
  background: string;
}
/** What the focused element (in the document, or in `root`) shows: its outline, box-shadow and the background behind it. */
const RING_FN = (root: Document | ShadowRoot | null): Ring | null => {
  const el = (root ?? document).activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  let background = 'rgb(255, 255, 255)';
  // The ring is drawn outside the control (outline-offset): it is seen against its parent's background.
  const up = (e: Element): Element | null => e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null;
  for (let at = up(el); at; at = up(at)) {
    const bg = getComputedStyle(at).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
      background = bg;
      break;
    }
  }
  return {
    tag: el.tagName,
    name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
    outline: cs.outlineStyle === 'none' || cs.outlineWidth === '0px' ? 'none' : `${cs.outlineStyle} ${cs.outlineWidth}`,
    outlineColor: cs.outlineColor,
    shadow: cs.boxShadow,
    background,
  };
};

function expectVisibleRing(ring: Ring | null, where: string): void {
  expect(ring, `${where}: nothing focused`).not.toBeNull();
  const r = ring!;
  const visible = r.outline !== 'none' || r.shadow !== 'none';
  expect(visible, `${where}: ${r.tag} "${r.name}" has no focus ring`).toBe(true);
  // WCAG 1.4.11: the focus indicator against what is around it, at least 3:1.
  if (r.outline !== 'none') expect(contrast(r.outlineColor, r.background), `${where}: ${r.tag} "${r.name}" ring ${r.outlineColor} on ${r.background}`).toBeGreaterThanOrEqual(3);
}

/**
 * Tabs through a page once round: every control that can be operated is reached, each
 * with a visible focus ring. Returns the names reached, in order.
 */
async function tabRound(page: Page, where: string): Promise<string[]> {
  const controls = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
      ).length,
  );
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < controls + 2; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(RING_FN, null);
    if (!ring) continue;
    expectVisibleRing(ring, where);
    const key = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement & { __a11yKey?: number };
      const w = window as unknown as { __a11yNext?: number };
      el.__a11yKey ??= w.__a11yNext = (w.__a11yNext ?? 0) + 1;
      return String(el.__a11yKey);
    });
    if (!seen.has(key)) reached.push(`${ring.tag}:${ring.name}`);
    seen.add(key);
  }
  // Radio buttons in a group take one Tab stop between them (arrow keys move inside).
  const radioGroups = await page.evaluate(() => {
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((e) => e.getClientRects().length > 0);
    return radios.length - new Set(radios.map((r) => r.name)).size;
  });
  expect(seen.size, `${where}: reached ${seen.size} of ${controls} controls by Tab (${reached.join(', ')})`).toBe(controls - radioGroups);
  return reached;
}

/** A Tab round in each colour scheme, named `view (scheme)`; the page is left in the last one. */
async function tabRoundInEachScheme(page: Page, view: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await tabRound(page, `${view} (${scheme})`);
  }
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveStatic();
  browser = await launchWithExtension();
  // The X fixture is served at X's own origin, so the content script sees host x.com.
  const fixture = readFileSync(join(ROOT, 'tests', 'fixtures', 'x', 'reply-assistant.html'), 'utf8');
  await browser.context.route('https://x.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture }));
  ({ article, tabId } = await openDemoArticle(browser, server.url));
});

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'a11y.json'), `${JSON.stringify(rows, null, 2)}\n`);
  if (rows.length) console.log(`a11y findings (view, scheme, rule, impact, nodes):\n${rows.map((r) => `  ${r.view}\t${r.scheme}\t${r.id}\t${r.impact}\t${r.count}`).join('\n')}`);
  await browser?.close();
  await server?.close();
});

describe('axe-core, WCAG 2.1 A/AA, light and dark', () => {
  it('popup', async () => {
    const popup = await openPopup(browser, tabId);
    await bothSchemes(popup, 'popup');
    // Paused everywhere, then off for this site: the popup says so.
    await popup.getByLabel(/Pause Puente/).check();
    await popup.getByText('Puente is paused.').waitFor();
    await bothSchemes(popup, 'popup/paused');
    await popup.getByLabel(/Pause Puente/).uncheck();
    await popup.getByLabel(/On for/).uncheck();
    await popup.locator('p.muted').waitFor();
    await bothSchemes(popup, 'popup/site-off');
    await popup.getByLabel(/On for/).check();
    await waitForClaims(article, 10_000);
    await popup.close();
  });

  it('options: settings, fact base (list, fact, form with problems), import and export', async () => {
    const page = await openOptions();
    await bothSchemes(page, 'options/settings');
    await page.getByRole('tab', { name: 'Fact base' }).click();
    await page.locator('.claim-button').first().waitFor();
    await bothSchemes(page, 'options/facts');
    await page.locator('.claim-button').first().click();
    await page.locator('#fact-h').waitFor();
    await bothSchemes(page, 'options/fact');
    await page.getByRole('button', { name: /Back to the list/ }).click();
    await page.getByRole('button', { name: 'Add a fact' }).click();
    await page.getByRole('button', { name: 'Save fact' }).click();
    await page.getByRole('alert').waitFor();
    await bothSchemes(page, 'options/add-fact');
    await page.getByRole('tab', { name: 'Import and export' }).click();
    await page.getByLabel(/Or paste JSON here/).fill('{"format":"puente-fact-pack","version":1,"facts":[{"id":"x"}]}');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await bothSchemes(page, 'options/import');
    await page.close();
  });

  it('classroom view, with the claims of a page (and in quiz mode)', async () => {
    const panel = await openClassroom(browser, tabId);
    await bothSchemes(panel, 'classroom');
    await panel.getByLabel(/Quiz mode/).check();
    await bothSchemes(panel, 'classroom/quiz');
    await panel.getByLabel(/Presentation mode/).check();
    await bothSchemes(panel, 'classroom/present');
    await panel.getByRole('button', { name: 'ES', exact: true }).click();
    await expect.poll(() => panel.locator('h1').textContent()).toBe('Vista para el aula');
    await bothSchemes(panel, 'classroom/present-es');
    await panel.close();
  });

  it('claim card on a page: a verdict card with its frame open, and a Context card', async () => {
    const overlay = new OverlayProbe(article);
    await clickClaim(article, '$1.4 billion');
    await overlay.waitFor('[role="dialog"]');
    await overlay.evaluate((root) => root?.querySelectorAll('details').forEach((d) => (d.open = true)));
    await bothSchemes(article, 'card/verdict', 'overlay');
    // In Spanish and hidden on this site (its Undo and note).
    await overlay.click('button', 'ES');
    await expect.poll(() => overlay.text('h3')).toBe('Lo que muestran los datos');
    await overlay.click('button', 'No es relevante aquí');
    await overlay.waitFor('.note');
    await bothSchemes(article, 'card/es-hidden', 'overlay');
    // The options page lists the hidden fact, with a button to show it again.
    const options = await browser.context.newPage();
    await options.goto(ext('options.html'));
    await options.locator('.mutes li').first().waitFor();
    await bothSchemes(options, 'options/settings-hidden-fact');
    await options.close();
    await overlay.click('button', 'Deshacer');
    await overlay.waitFor('.note', { state: 'detached' });
    await overlay.click('button', 'EN');
    await article.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
    await clickClaim(article, 'Public opinion on both sides');
    await overlay.waitFor('[role="dialog"]');
    await bothSchemes(article, 'card/context', 'overlay');
    await article.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
  });

  it('X reply panel, with suggestions and an outdated-figure warning', async () => {
    const x = await browser.context.newPage();
    await x.goto('https://x.com/compose/post');
    await waitForClaims(x);
    const overlay = new OverlayProbe(x);
    await x.locator('[data-testid="tweetTextarea_0"]').click();
    await x.keyboard.type('We trade $1.4 billion a day');
    await overlay.waitFor('.reply-button[data-warn]', { timeout: 5_000 });
    await bothSchemes(x, 'x/reply-button', 'overlay');
    await x.keyboard.press('Alt+Shift+R');
    await overlay.waitFor('.reply-panel .reply-warning', { timeout: 5_000 });
    await bothSchemes(x, 'x/reply-panel', 'overlay');
    await x.close();
  });
});

describe('keyboard', () => {
  it('reaches a claim with Alt+Shift+J / K, opens it with Enter, focus goes into the card and back to the page on Esc', async () => {
    const overlay = new OverlayProbe(article);
    await article.focus('nav a');
    // Each step is read out (a polite live region): "Claim n of N: <text>. Press Enter to open."
    const heard = async () => {
      let text = '';
      await expect.poll(async () => (text = (await overlay.text('[role="status"][aria-live="polite"]')) ?? '')).toMatch(/^Claim \d+ of \d+: .+\. Press Enter to open\.$/);
      return text;
    };
    await article.keyboard.press('Alt+Shift+J');
    const first = await heard();
    await article.keyboard.press('Alt+Shift+J');
    await expect.poll(heard).not.toBe(first);
    await article.keyboard.press('Alt+Shift+K');
    await expect.poll(heard).toBe(first);
    await article.keyboard.press('Enter');
    await overlay.waitFor('[role="dialog"]');
    // The card is the claim announced last.
    const claim = (await overlay.text('blockquote'))!;
    expect(first).toContain(claim.replace(/\s+/g, ' ').trim());
    const inside = await overlay.evaluate((root) => (root?.activeElement as HTMLElement | null)?.getAttribute('role') ?? null);
    expect(inside).toBe('dialog');
    // Tab moves through the card's controls, each with a visible ring of enough contrast; Enter works one.
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await article.keyboard.press('Tab');
      const ring = await overlay.evaluate(RING_FN);
      expectVisibleRing(ring, 'card');
      names.push(ring!.name);
    }
    expect(names.slice(0, 2)).toEqual(['EN', 'ES']);
    await article.keyboard.press('Shift+Tab');
    await article.keyboard.press('Enter');
    // The record's heading in Spanish: the page's first claim may be one no fact answers ("Datos relacionados…").
    await expect.poll(() => overlay.text('h3')).toMatch(/^(Lo que muestran los datos|Datos relacionados)/);
    // Still in the card (the language switch redraws it, focus stays on ES); Tab walks every
    // other control (close, the frame's summary, the sources, the actions), each with its ring.
    expect(await overlay.evaluate((root) => (root?.activeElement as HTMLElement | null)?.textContent)).toBe('ES');
    const controls = await overlay.evaluate((root) => (root ? root.querySelectorAll('button, a[href], summary').length : 0));
    expect(controls).toBeGreaterThan(6);
    for (let i = 2; i < controls; i++) {
      await article.keyboard.press('Tab');
      expectVisibleRing(await overlay.evaluate(RING_FN), `card control ${i + 1} of ${controls}`);
    }
    await overlay.click('button', 'EN');
    await article.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
    expect(await article.evaluate(() => document.activeElement?.textContent)).toBe('World');
    await article.emulateMedia({ colorScheme: 'dark' });
    await article.keyboard.press('Alt+Shift+J');
    await article.keyboard.press('Enter');
    await overlay.waitFor('[role="dialog"]');
    await article.keyboard.press('Tab');
    expectVisibleRing(await overlay.evaluate(RING_FN), 'card (dark)');
    await article.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
    await article.emulateMedia({ colorScheme: 'light' });
  });

  it('X reply panel (Alt+Shift+R): Tab reaches its controls, each with a focus ring of 3:1, light and dark', async () => {
    const x = await browser.context.newPage();
    await x.goto('https://x.com/compose/post');
    await waitForClaims(x);
    const overlay = new OverlayProbe(x);
    for (const scheme of SCHEMES) {
      await x.emulateMedia({ colorScheme: scheme });
      await x.locator('[data-testid="tweetTextarea_0"]').click();
      await x.keyboard.press('Alt+Shift+R');
      await overlay.waitFor('.reply-panel');
      for (let i = 0; i < 5; i++) {
        await x.keyboard.press('Tab');
        expectVisibleRing(await overlay.evaluate(RING_FN), `reply panel (${scheme})`);
      }
      await x.keyboard.press('Escape');
      await overlay.waitFor('.reply-panel', { state: 'detached' });
    }
    await x.close();
  });

  it('popup: every control reached with Tab with a visible focus ring, and operated with Space and Enter', async () => {
    const popup = await openPopup(browser, tabId);
    await tabRoundInEachScheme(popup, 'popup');
    // Enter on a claim opens its card on the page.
    await popup.locator('.claim-button').first().focus();
    // The popup closes itself once the card is open (it may be gone before the key is released).
    await popup.keyboard.press('Enter').catch(() => undefined);
    const overlay = new OverlayProbe(article);
    await overlay.waitFor('[role="dialog"]');
    await article.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
    // Space on the pause switch, then again (it is global), in a popup opened again.
    if (!popup.isClosed()) await popup.close();
    const again = await browser.context.newPage();
    await again.goto(ext(`popup.html?tab=${tabId}`));
    const pause = again.getByLabel(/Pause/);
    await pause.focus();
    await again.keyboard.press('Space');
    await expect.poll(() => pause.isChecked()).toBe(true);
    await again.keyboard.press('Space');
    await expect.poll(() => pause.isChecked()).toBe(false);
    await waitForClaims(article, 10_000);
    await again.close();
  });

  it('classroom view: every control reached with Tab, focus visible, in light and dark', async () => {
    const panel = await openClassroom(browser, tabId);
    await tabRoundInEachScheme(panel, 'classroom');
    // Space turns quiz mode on; Enter reveals a rating.
    await panel.getByLabel(/Quiz mode/).focus();
    await panel.keyboard.press('Space');
    await panel
      .getByRole('button', { name: /Reveal rating/ })
      .first()
      .focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('li.item').first().locator('.badge').count()).toBe(1);
    await panel.close();
  });

  it('options: every section reached and operated with the keyboard, focus visible', async () => {
    const page = await openOptions();
    await tabRoundInEachScheme(page, 'options/settings');
    await page.emulateMedia({ colorScheme: 'light' });
    // The tab list is one Tab stop (the selected tab); the arrow keys, Home and End select the others.
    const selected = () => page.locator('[role="tab"][aria-selected="true"]').textContent();
    const focusedTab = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));
    await page.getByRole('tab', { name: 'Settings' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('Fact base');
    expect(await focusedTab()).toBe('Fact base');
    await page.keyboard.press('End');
    await expect.poll(selected).toBe('Import and export');
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('Settings');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('Fact base');
    await page.locator('.claim-button').first().waitFor();
    await page.getByPlaceholder(/Search facts/).focus();
    await page.keyboard.type('remesas');
    await page.locator('.claim-button').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#fact-h').waitFor();
    await tabRound(page, 'options/fact');
    await page.getByRole('button', { name: /Back to the list/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add a fact' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save fact' }).waitFor();
    await tabRound(page, 'options/add-fact');
    await page.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Fact base' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
    await tabRound(page, 'options/import');
    await page.close();
  });
});

describe('claim highlights on the page', () => {
  it('underline claims in a colour of 3:1 on white and on black pages, and mark the keyboard cursor with text of 4.5:1', async () => {
    const rules = await article.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.startsWith('::highlight('))
        .map((r) => ({ selector: r.selectorText, line: r.style.textDecorationColor, style: r.style.textDecorationLine, color: r.style.color, background: r.style.backgroundColor })),
    );
    expect(rules.map((r) => r.selector).sort()).toEqual(['::highlight(puente-claim)', '::highlight(puente-claim-focus)']);
    for (const r of rules) {
      expect(r.style, r.selector).toBe('underline');
      // Opaque, so the ratio below is the one drawn.
      expect(r.line, r.selector).toMatch(/^rgb\(/);
      for (const page of ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']) expect(contrast(r.line, page), `${r.selector} ${r.line} on ${page}`).toBeGreaterThanOrEqual(3);
    }
    // The keyboard cursor's claim sets its own text colour on an opaque background: it reads whatever the page's colours.
    const focus = rules.find((r) => r.selector === '::highlight(puente-claim-focus)')!;
    expect(focus.background).toMatch(/^rgb\(/);
    expect(focus.color).toMatch(/^rgb\(/);
    expect(contrast(focus.color, focus.background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('forced colours (Windows high contrast)', () => {
  /** How each matching control looks: what forced colours keep of the author's styles. */
  const LOOKS_FN = (root: Document | ShadowRoot | null, selector: string): string[] =>
    [...(root ?? document).querySelectorAll(selector)].map((el) => {
      const cs = getComputedStyle(el);
      // The fill as seen: a transparent button shows what is behind it.
      let fill = 'rgb(255, 255, 255)';
      for (let at: Element | null = el; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
        const bg = getComputedStyle(at).backgroundColor;
        if (!/^rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') {
          fill = bg;
          break;
        }
      }
      return [fill, cs.color, cs.borderTopColor, cs.borderTopWidth, cs.textDecorationLine].join(' ');
    });
  const looks = (page: Page, selector: string) => page.evaluate(`(${LOOKS_FN.toString()})(null, ${JSON.stringify(selector)})`) as Promise<string[]>;

  it('the pressed language and the selected tab still look pressed and selected', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(ext('options.html'));
    await page.getByRole('tab', { name: 'Settings' }).waitFor();
    const tabs = await looks(page, '[role="tab"]');
    expect(tabs[0], 'selected tab').not.toBe(tabs[1]);
    await page.close();
    const panel = await browser.context.newPage();
    await panel.emulateMedia({ forcedColors: 'active' });
    await panel.goto(ext(`sidepanel.html?tab=${tabId}`));
    await panel.locator('li.item').first().waitFor({ timeout: 10_000 });
    const langs = await looks(panel, 'fieldset button');
    expect(langs[0], 'classroom EN pressed').not.toBe(langs[1]);
    await panel.close();
    const overlay = new OverlayProbe(article);
    await article.emulateMedia({ forcedColors: 'active' });
    await clickClaim(article, '$1.4 billion');
    await overlay.waitFor('[role="dialog"]');
    const card = await overlay.evaluate(LOOKS_FN, '.lang');
    expect(card[0], 'card EN pressed').not.toBe(card[1]);
    await article.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
    await article.emulateMedia({ forcedColors: 'none' });
    const x = await browser.context.newPage();
    await x.emulateMedia({ forcedColors: 'active' });
    await x.goto('https://x.com/compose/post');
    await waitForClaims(x);
    await x.locator('[data-testid="tweetTextarea_0"]').click();
    await x.keyboard.press('Alt+Shift+R');
    const reply = new OverlayProbe(x);
    await reply.waitFor('.reply-panel');
    const replyLangs = await reply.evaluate(LOOKS_FN, '.reply-panel .lang');
    expect(replyLangs[0], 'reply panel EN pressed').not.toBe(replyLangs[1]);
    await x.close();
  });
});

describe('reduced motion', () => {
  /** Elements (in the document, or in `root`) that still animate or transition. */
  const MOVING_FN = (root: Document | ShadowRoot | null): string[] =>
    [...(root ?? document).querySelectorAll('*')]
      .map((el) => ({ el, cs: getComputedStyle(el) }))
      .filter(({ cs }) => {
        const seconds = (s: string) => Math.max(...s.split(',').map((x) => Number.parseFloat(x) * (x.trim().endsWith('ms') ? 0.001 : 1)));
        const animates = cs.animationName.split(',').some((n) => n.trim() !== 'none') && seconds(cs.animationDuration) > 0;
        const transitions = seconds(cs.transitionDuration) > 0 && cs.transitionProperty !== 'none';
        return animates || transitions;
      })
      .map(({ el, cs }) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} (${cs.animationName} ${cs.animationDuration}; transition ${cs.transitionDuration})`);

  it('the card animates by default and not at all with prefers-reduced-motion: reduce', async () => {
    const overlay = new OverlayProbe(article);
    await clickClaim(article, '$1.4 billion');
    await overlay.waitFor('[role="dialog"]');
    // Without the preference the card does fade in (so the check below means something).
    expect(await overlay.evaluate((root) => (root ? getComputedStyle(root.querySelector('.card')!).animationName : ''))).toBe('puente-in');
    await article.emulateMedia({ reducedMotion: 'reduce' });
    expect(await overlay.evaluate(MOVING_FN)).toEqual([]);
    await article.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', { state: 'detached' });
    await article.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('the X reply button and panel do not move with reduced motion', async () => {
    const x = await browser.context.newPage();
    await x.emulateMedia({ reducedMotion: 'reduce' });
    await x.goto('https://x.com/compose/post');
    await waitForClaims(x);
    const overlay = new OverlayProbe(x);
    await x.locator('[data-testid="tweetTextarea_0"]').click();
    await overlay.waitFor('.reply-button');
    await x.keyboard.press('Alt+Shift+R');
    await overlay.waitFor('.reply-panel');
    expect(await overlay.evaluate(MOVING_FN)).toEqual([]);
    await x.close();
  });

  it('popup, options and classroom do not move with reduced motion', async () => {
    for (const path of [`popup.html?tab=${tabId}`, 'options.html', `sidepanel.html?tab=${tabId}`]) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(ext(path));
      await page.locator('h1').waitFor();
      expect(await page.evaluate(MOVING_FN, null), path).toEqual([]);
      await page.close();
    }
  });
});
