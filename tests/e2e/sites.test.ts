/**
 * The reading experience on fixture pages shaped like the real sites (their attributes
 * and nesting), served under the sites' own host names: the right claims highlighted,
 * under a strict Content-Security-Policy like theirs,
 * nothing in inputs, asides or off-topic posts, the card on click with its source link,
 * Esc to close, highlights surviving a React-style re-render, no page errors.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForClaims, type LaunchedBrowser } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/data-files';
import { OverlayProbe } from '../../scripts/lib/overlay-probe';

interface Expected {
  claims: string[];
  notClaims: string[];
  loadedLater?: string[];
  /** Claims whose source is wrapped over several lines (as hand-written HTML is): highlighted as one sentence, not in pieces. */
  wholeSentences?: string[];
}

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const HOST: Record<string, string> = { x: 'x.com', reddit: 'www.reddit.com', facebook: 'www.facebook.com', news: 'news.example.com' };
const PAGES = Object.keys(HOST).flatMap((site) =>
  existsSync(join(FIXTURES, site))
    ? readdirSync(join(FIXTURES, site))
        .filter((f) => f.endsWith('.html') && existsSync(join(FIXTURES, site, f.replace(/\.html$/, '.expected.json'))))
        .map((f) => ({ site, file: f }))
    : [],
);

let browser: LaunchedBrowser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('puente-claim') ?? [])].map((r) => r.toString().replace(/\s+/g, ' ').trim()));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function settle(page: Page): Promise<string[]> {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const now = (await highlighted(page)).length;
    if (now === last && now > 0) break;
    last = now;
    await page.waitForTimeout(400);
  }
  return highlighted(page);
}

describe.skipIf(PAGES.length === 0)('site fixtures', () => {
  for (const { site, file } of PAGES) {
    it(`${site}/${file}: highlights the claims and nothing else, and the card works`, async () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, site, file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // The overlay's and the card's code is a chunk of the reader (content/session/card-feature.ts), fetched when the overlay first shows something (here: the first card).
      // The engine's code is one too (content/session/engine-feature.ts), fetched when some text of the page first passes the packs' prefilter.
      const cardChunk: string[] = [];
      const engineChunk: string[] = [];
      page.on('request', (r) => {
        // Chrome serves the per-session address by an internal redirect to the fixed one: one fetch, two requests.
        if (r.redirectedFrom()) return;
        if (/\/content-scripts\/esm\/[a-z]+-card-feature\.js$/.test(r.url())) cardChunk.push(r.url());
        if (/\/content-scripts\/esm\/[a-z]+-engine-feature\.js$/.test(r.url())) engineChunk.push(r.url());
      });
      // The real hosts are HSTS-preloaded (https only): answer their requests from the fixtures.
      await page.route(`https://${HOST[site]}/**`, async (route) => {
        const path = join(ROOT, decodeURIComponent(new URL(route.request().url()).pathname));
        if (!path.startsWith(FIXTURES) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
        // A strict policy like the real sites': the fixture's own inline code runs, nothing
        // else may load. Puente's module and styles must arrive regardless.
        const headers = { 'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:" };
        await route.fulfill({ status: 200, headers, contentType: path.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream', body: readFileSync(path) });
      });
      await page.goto(`https://${HOST[site]}/tests/fixtures/${site}/${file}`);
      const later = new Set((expected.loadedLater ?? []).map(norm));
      const now = expected.claims.filter((c) => !later.has(norm(c)));
      if (now.length) await waitForClaims(page);
      let texts = await settle(page);

      if (later.size) {
        for (let i = 0; i < 8; i++) {
          await page.evaluate(() => (window as unknown as { __fixture?: { loadMore?: () => void } }).__fixture?.loadMore?.());
          await page.mouse.wheel(0, 4000);
          await page.waitForTimeout(300);
        }
        texts = await settle(page);
      }

      const isHighlighted = (claim: string) => texts.some((t) => norm(claim).includes(t) || t.includes(norm(claim)));
      const found = expected.claims.filter(isHighlighted);
      const wrongly = expected.notClaims.filter(isHighlighted);
      // Report the full picture before asserting, so a failure says what was missed.
      if (found.length < expected.claims.length || wrongly.length)
        console.log(
          `${site}/${file}: missed`,
          expected.claims.filter((c) => !isHighlighted(c)),
          'wrongly highlighted',
          wrongly,
        );
      expect(wrongly).toEqual([]);
      for (const sentence of expected.wholeSentences ?? []) expect(texts).toContain(norm(sentence));
      // A highlight covers its sentence only: never a link shown as its address (a t.co link) nor a control ("Show more").
      const spilled = await page.evaluate(() =>
        ([...(CSS.highlights.get('puente-claim') ?? [])] as Range[])
          .filter((r) => {
            const host = r.commonAncestorContainer.parentElement?.closest('[data-testid="tweetText"], [role="article"], p, li') ?? r.commonAncestorContainer.parentElement;
            const after = [...(host?.querySelectorAll('a[href], button, [role="button"]') ?? [])].filter(
              (el) => el.matches('button, [role="button"]') || /^\s*(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?\s*$/.test(el.textContent ?? ''),
            );
            return after.some((el) => r.intersectsNode(el));
          })
          .map((r) => r.toString()),
      );
      expect(spilled, 'highlights spilling onto a link or control after the sentence').toEqual([]);
      if (expected.claims.length) expect(found.length / expected.claims.length).toBeGreaterThanOrEqual(0.8);
      else expect(texts).toEqual([]);
      if (texts.length) expect(engineChunk, 'the engine is fetched once, however many blocks need it').toHaveLength(1);

      // Open the first claim's card by clicking it, check its source link, close with Esc.
      if (texts.length) {
        const point = await page.evaluate(() => {
          // A highlighted link (a Reddit title) keeps doing what the page does: click a claim in plain text.
          const ranges = [...CSS.highlights.get('puente-claim')!] as Range[];
          const r = ranges.find((x) => !x.startContainer.parentElement?.closest('a[href]')) ?? ranges[0]!;
          r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0]!;
          return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
        });
        expect(cardChunk, 'the card chunk is fetched only when the overlay first shows something').toEqual([]);
        await page.mouse.click(point.x, point.y);
        const overlay = new OverlayProbe(page);
        // The first click on a fresh page: the card opens once its chunk arrives, with focus inside it.
        await overlay.waitFor('[role="dialog"]');
        expect(cardChunk).toHaveLength(1);
        await expect.poll(() => overlay.evaluate((root) => (root?.activeElement as HTMLElement | null)?.getAttribute('role') ?? null), { timeout: 5_000 }).toBe('dialog');
        expect(await overlay.count('[role="dialog"] a[href^="http"]')).toBeGreaterThan(0);
        // The card's stylesheet reached its shadow root despite the page's policy.
        const styled = await overlay.evaluate((root) => [...(root?.querySelectorAll('style') ?? [])].some((st) => (st.textContent ?? '').includes('.card')));
        expect(styled).toBe(true);
        await page.screenshot({ path: join(ARTIFACTS, `site-${site}-${file.replace('.html', '')}.png`) });
        await page.keyboard.press('Escape');
        await overlay.waitFor('[role="dialog"]', { state: 'detached', timeout: 5_000 });
      }

      // A React-style re-render replaces the text nodes: the highlights come back on the new nodes.
      const canRerender = await page.evaluate(() => typeof (window as unknown as { __fixture?: { rerender?: () => void } }).__fixture?.rerender === 'function');
      if (canRerender) {
        const before = texts.length;
        await page.evaluate(() => (window as unknown as { __fixture: { rerender: () => void } }).__fixture.rerender());
        await page.waitForFunction(
          (n) => {
            const ranges = [...(CSS.highlights.get('puente-claim') ?? [])] as Range[];
            return ranges.length >= n && ranges.every((r) => r.startContainer.isConnected && r.toString().length > 0);
          },
          before,
          { timeout: 10_000 },
        );
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
