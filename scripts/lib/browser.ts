/**
 * Launches Debian's Chromium with the built extension loaded, and serves the demo and
 * fixture pages on loopback. Shared by `npm start`, the end-to-end tests and the benchmark.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from './data-files';

export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Serves files under the project root (demo/, tests/fixtures/) and, if given, extra roots by prefix. */
export async function serveStatic(extra: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file: string | null = null;
    for (const [prefix, dir] of Object.entries(extra)) {
      if (path.startsWith(prefix)) file = resolve(dir, `.${normalize(path.slice(prefix.length - 1))}`);
    }
    file ??= resolve(ROOT, `.${normalize(path)}`);
    const allowed = [ROOT, ...Object.values(extra)].some((d) => file!.startsWith(resolve(d)));
    if (!allowed || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/** The extension's own API, as the service worker sees it (the callbacks below run there). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ url?: string } | null> } };

/** The id of the tab showing a URL (the extension cannot read tab URLs: it asks each page). */
export async function tabOf(browser: LaunchedBrowser, url: string): Promise<number> {
  return browser.worker.evaluate(async (u) => {
    for (let i = 0; i < 100; i++) {
      for (const tab of await chrome.tabs.query({})) {
        const res = await chrome.tabs.sendMessage(tab.id!, { type: 'page-claims' }).catch(() => null);
        if (res?.url === u) return tab.id!;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('tab not found');
  }, url);
}

/** Waits until the content script has highlighted at least one claim on the page. */
export async function waitForClaims(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('puente-claim')?.size ?? 0) > 0, undefined, { timeout });
}

/** An extension page's address: `popup.html?tab=…`, `options.html`, `sidepanel.html?tab=…`. */
export const extensionUrl = (browser: LaunchedBrowser, path: string) => `chrome-extension://${browser.extensionId}/${path}`;

/** The popup for a tab, opened as its own page at the size Chrome gives a popup, once it lists the tab's claims. */
export async function openPopup(browser: LaunchedBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(extensionUrl(browser, `popup.html?tab=${tabId}`));
  await popup.locator('.claim-button').first().waitFor();
  return popup;
}

/** The classroom view for a tab, opened as its own page, once it lists the tab's claims. */
export async function openClassroom(browser: LaunchedBrowser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(extensionUrl(browser, `sidepanel.html?tab=${tabId}`));
  await panel.locator('li.item').first().waitFor({ timeout: 10_000 });
  return panel;
}

/** The demo article in a new tab, once its claims are highlighted, and that tab's id. */
export async function openDemoArticle(browser: LaunchedBrowser, serverUrl: string): Promise<{ article: Page; tabId: number }> {
  const article = await browser.context.newPage();
  await article.goto(`${serverUrl}/demo/index.html`);
  await waitForClaims(article);
  return { article, tabId: await tabOf(browser, article.url()) };
}

/** Host names the tests serve from loopback, so site adapters see the real sites' hosts. */
export const FIXTURE_HOSTS = ['x.com', 'twitter.com', 'www.reddit.com', 'old.reddit.com', 'www.facebook.com', 'news.example.com', 'noticias.example.mx'];

export async function launchWithExtension(options: { headless?: boolean; extensionDir?: string; withExtension?: boolean } = {}): Promise<LaunchedBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension at ${dir}: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'puente-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`,
    ],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  if (!withExtension) return { context, worker: undefined as unknown as Worker, extensionId: '', close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close };
}

/**
 * Resolves once the background has seeded the fact base (it does so on install). Reads the
 * database without opening it when it does not exist yet, so Dexie's own first open is untouched.
 */
export async function waitUntilSeeded(worker: Worker, dbName: string, timeoutMs = 30_000): Promise<void> {
  // Sent as source text: tsx would wrap named inner functions in a helper the worker lacks.
  const poll = `(async (name, timeout) => {
    for (const until = Date.now() + timeout; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
      if (!(await indexedDB.databases()).some((d) => d.name === name)) continue;
      const seeded = await new Promise((resolve) => {
        const req = indexedDB.open(name);
        req.onerror = () => resolve(false);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('meta')) return db.close(), resolve(false);
          const get = db.transaction('meta').objectStore('meta').get('seededVersion');
          get.onsuccess = () => (db.close(), resolve(Boolean(get.result)));
          get.onerror = () => (db.close(), resolve(false));
        };
      });
      if (seeded) return;
    }
    throw new Error('The fact base was not seeded within ' + timeout + ' ms');
  })(${JSON.stringify(dbName)}, ${timeoutMs})`;
  await worker.evaluate(poll);
}
