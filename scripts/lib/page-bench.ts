/**
 * The page part of `npm run bench`: real Chromium, the built extension loaded or not, on
 * generated pages. Main-thread time is read from a CDP CPU profile: every sample whose
 * stack holds a chrome-extension:// frame is the extension's, one with only page frames is
 * the page's. Long tasks come from the trace's task boundaries (see longTasksOf).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, serveStatic, waitUntilSeeded } from './browser';
import { newerThanBuild } from './build-freshness';
import { ROOT } from './data-files';
import { DB_NAME } from '../../store/db';
import { articlePage, feedPage } from './bench-pages';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Long tasks from the trace's task boundaries (a task is what blocks input, however the
 * work inside it is split), each attributed by the CPU-profile samples that fall inside
 * it: the extension's when most of its sampled time is in chrome-extension:// code.
 * Profile and trace share the same monotonic clock (microseconds).
 */
function longTasksOf(events: TraceEvent[], profile: Profile, isExt: (sampleId: number) => boolean, name: (sampleId: number) => string): { count: number; longestMs: number } {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 50_000 && mainThreads.has(`${e.pid}:${e.tid}`));
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  let count = 0;
  let longestMs = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    let ext = 0;
    let all = 0;
    profile.samples.forEach((id, i) => {
      const at = times[i]!;
      if (at < task.ts || at > end) return;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      all += ms;
      if (isExt(id)) ext += ms;
    });
    if (all > 0 && ext / all >= 0.5) {
      if (process.env.BENCH_DEBUG) {
        const fns = new Map<string, number>();
        profile.samples.forEach((id, i) => {
          if (times[i]! >= task.ts && times[i]! <= end) fns.set(name(id), (fns.get(name(id)) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
        });
        console.error(
          'long task',
          (task.dur! / 1000).toFixed(1),
          [...fns]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 10)
            .map(([f, m]) => `${f}:${m.toFixed(1)}`)
            .join(' '),
        );
      }
      count++;
      longestMs = Math.max(longestMs, task.dur! / 1000);
    }
  }
  return { count, longestMs };
}

export interface PageFigures {
  longTasks: number;
  longestExtensionTaskMs: number;
  extensionMainThreadMs: number;
  pageMainThreadMs: number;
  pageMainThreadMsWithoutExtension: number;
  highlightP50Ms: number | null;
  highlightP95Ms: number | null;
  highlighted: number;
  claimsOnPage: number;
  heapDeltaBytes: number;
}

function attribute(profile: Profile, events: TraceEvent[]): { extensionMs: number; pageMs: number; longTasks: number; longestMs: number } {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const kindCache = new Map<number, 'ext' | 'page' | 'none'>();
  const kind = (id: number): 'ext' | 'page' | 'none' => {
    const hit = kindCache.get(id);
    if (hit) return hit;
    let k: 'ext' | 'page' | 'none' = 'none';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const url = byId.get(cur)?.callFrame.url ?? '';
      if (url.startsWith('chrome-extension://')) {
        k = 'ext';
        break;
      }
      if (url.startsWith('http')) k = 'page';
    }
    kindCache.set(id, k);
    return k;
  };
  let extensionMs = 0;
  let pageMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const k = kind(id);
    if (k === 'ext') extensionMs += ms;
    else if (k === 'page') pageMs += ms;
  });
  // Back-to-back extension samples can span several tasks when one yields straight to the
  // next, so long tasks come from the trace's task boundaries, not from runs of samples.
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame as { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
    return `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber ?? ''}:${f.columnNumber ?? ''}`;
  };
  const tasks = longTasksOf(events, profile, (id) => kind(id) === 'ext', name);
  return { extensionMs, pageMs, longTasks: tasks.count, longestMs: tasks.longestMs };
}

async function profileRun(withExtension: boolean, url: string, until: (page: Page) => Promise<void>, probe: boolean) {
  const browser = await launchWithExtension({ withExtension });
  try {
    // Measured as a reader meets it: installed, its fact base seeded. Without this wait the
    // first posts would also time the one-off seeding that follows installation.
    if (withExtension) await waitUntilSeeded(browser.worker, DB_NAME);
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    // The trace stays in the browser until the run ends: streaming it out while the page
    // runs would have this harness parse JSON on the same two cores it is measuring.
    await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReturnAsStream' });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await until(page);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const traced = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await traced;
    let json = '';
    for (let eof = !stream; !eof; ) {
      const chunk = await cdp.send('IO.read', { handle: stream!, size: 1 << 20 });
      json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      eof = chunk.eof;
    }
    if (stream) await cdp.send('IO.close', { handle: stream });
    const events = (JSON.parse(json || '{"traceEvents":[]}') as { traceEvents: TraceEvent[] }).traceEvents;
    await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    let latencies: number[] = [];
    let claimsOnPage = 0;
    if (probe) {
      const r = await page.evaluate(() => {
        const b = (window as unknown as { __bench: { inserted: Map<string, number>; seen: Map<string, number>; claimPosts: number } }).__bench;
        return { lat: [...b.seen].filter(([i]) => b.inserted.has(i)).map(([i, t]) => t - b.inserted.get(i)!), claims: b.claimPosts };
      });
      latencies = r.lat.sort((a, b) => a - b);
      claimsOnPage = r.claims;
    }
    return { ...attribute(profile, events), heap: heap.usedSize, latencies, claimsOnPage };
  } finally {
    await browser.close();
  }
}

const pct = (sorted: number[], p: number) => (sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1)) : null);

/** Loads a page without, then with, the extension (and once more with the latency probe if given). */
async function measure(url: string, until: (page: Page) => Promise<void>, probeUrl?: string): Promise<PageFigures> {
  const off = await profileRun(false, url, until, false);
  const on = await profileRun(true, url, until, false);
  const latency = probeUrl ? await profileRun(true, probeUrl, until, true) : null;
  const r = (n: number) => Number(n.toFixed(1));
  return {
    longTasks: on.longTasks,
    longestExtensionTaskMs: r(on.longestMs),
    extensionMainThreadMs: r(on.extensionMs),
    pageMainThreadMs: r(on.pageMs),
    pageMainThreadMsWithoutExtension: r(off.pageMs),
    highlightP50Ms: latency ? pct(latency.latencies, 50) : null,
    highlightP95Ms: latency ? pct(latency.latencies, 95) : null,
    highlighted: latency?.latencies.length ?? 0,
    claimsOnPage: latency?.claimsOnPage ?? 0,
    heapDeltaBytes: on.heap - off.heap,
  };
}

export async function pageBench(log: (...a: unknown[]) => void) {
  const stale = newerThanBuild(ROOT, EXTENSION_DIR);
  if (stale) throw new Error(stale === 'no build' ? 'No build in .output: run "npx wxt build" first.' : `The build in .output is older than ${stale}: run "npx wxt build" first.`);
  const dir = mkdtempSync(join(tmpdir(), 'puente-bench-'));
  const FEED_POSTS = Number(process.env.BENCH_FEED_POSTS ?? 2000);
  writeFileSync(join(dir, 'feed-probe.html'), feedPage(FEED_POSTS, 20, 100, true));
  writeFileSync(join(dir, 'feed.html'), feedPage(FEED_POSTS, 20, 100, false));
  writeFileSync(join(dir, 'article.html'), articlePage(30_000));
  const server = await serveStatic({ '/bench/': dir });
  try {
    log(`Page benchmark (real Chromium; each page loaded without and with the extension):`);
    const feedDone = async (page: Page) => {
      await page.waitForFunction(() => (window as unknown as { __bench: { done: boolean } }).__bench.done, undefined, { timeout: 120_000, polling: 250 });
      await page.waitForTimeout(1500);
    };
    // The feed's two variants differ only by the latency probe, which runs in its own load.
    const feed = await measure(`${server.url}/bench/feed.html`, feedDone, `${server.url}/bench/feed-probe.html`);
    log(`  Feed (${FEED_POSTS} posts appended as it scrolls): ${describe(feed)}`);
    const article = await measure(`${server.url}/bench/article.html`, async (page) => page.waitForTimeout(5000));
    log(`  Article (30,000 words): ${describe(article)}`);
    // Two content scripts: every page but X, and X with the reply assistant. Each is a small
    // listed script plus the reader module it imports (content-scripts/esm/); a page loads
    // both, so both count. The budget holds for the larger sum. A chunk a reader loads only
    // on demand (content-scripts/esm/<name>-<chunk>.js: X's reply assistant, when a reply box
    // is first focused) is reported beside it, not counted in it.
    const dirOf = join(EXTENSION_DIR, 'content-scripts');
    const gz = (path: string) => {
      // A missing reader is a broken build, not a smaller script.
      if (!existsSync(path)) throw new Error(`No ${path}: run "npm run build" first.`);
      return gzipSync(readFileSync(path)).length;
    };
    const scripts = readdirSync(dirOf).filter((f) => f.endsWith('.js'));
    const parts = Object.fromEntries(scripts.map((f) => [f.replace(/\.js$/, ''), { listed: gz(join(dirOf, f)), reader: gz(join(dirOf, 'esm', f)) }]));
    const contentScripts = Object.fromEntries(Object.entries(parts).map(([n, p]) => [n, p.listed + p.reader]));
    const contentScriptGzipBytes = Math.max(...Object.values(contentScripts));
    const readers = readdirSync(join(dirOf, 'esm'));
    const onDemand = Object.fromEntries(
      scripts.map((f) => {
        const name = f.replace(/\.js$/, '');
        return [name, Object.fromEntries(readers.filter((r) => r.startsWith(`${name}-`) && r.endsWith('.js')).map((r) => [r.slice(name.length + 1, -3), gz(join(dirOf, 'esm', r))]))];
      }),
    );
    const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;
    const later = (n: string) =>
      Object.entries(onDemand[n] ?? {})
        .map(([chunk, b]) => `; ${chunk} on demand: ${kB(b)}`)
        .join('');
    log(
      `  Content scripts, gzipped (budget: ≤ 60 kB each, listed script + reader module): ${Object.entries(parts)
        .map(([n, p]) => `${n} ${kB(p.listed + p.reader)} (${kB(p.listed)} + ${kB(p.reader)}${later(n)})`)
        .join(', ')}`,
    );
    return { page: { feed, article }, bundle: { contentScriptGzipBytes, contentScripts, onDemand } };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function describe(f: PageFigures): string {
  const lines = [
    `long tasks from the extension: ${f.longTasks} (longest extension task ${f.longestExtensionTaskMs} ms)`,
    `extension main thread ${f.extensionMainThreadMs} ms vs the page's own ${f.pageMainThreadMs} ms (${f.pageMainThreadMsWithoutExtension} ms with the extension off)`,
    f.highlightP50Ms !== null ? `highlight latency p50 ${f.highlightP50Ms} ms, p95 ${f.highlightP95Ms} ms (${f.highlighted} of ${f.claimsOnPage} claim posts highlighted)` : '',
    `heap with − without the extension: ${(f.heapDeltaBytes / 1024 / 1024).toFixed(2)} MB`,
  ].filter(Boolean);
  return `\n    ${lines.join('\n    ')}`;
}
