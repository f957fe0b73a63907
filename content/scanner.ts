/**
 * Reads a page's blocks in idle-time chunks and keeps up with it: a MutationObserver
 * marks the page dirty, a throttled pass re-collects the adapter's blocks, and only
 * blocks whose text changed, or whose highlighted text nodes were replaced (React
 * re-renders), are read again. A storm of mutations becomes one pass, not thousands.
 */
import type { SiteAdapter } from '../sites/types';

export interface ScannerHooks {
  /** Reads one block; returns nothing. Called only when the block is new or changed. */
  read(block: Element, text: string): void;
  /** Whether what was found in this block still points at live nodes. */
  isStale(block: Element): boolean;
  /** The block left the page. */
  forget(block: Element): void;
}

export interface ScannerOptions {
  /** Minimum time between two passes over the page, in ms. */
  throttleMs?: number;
  /** Nodes whose mutations are ours (the overlay host) and must be ignored. */
  ignore?: (node: Node) => boolean;
  signal?: AbortSignal;
}

type IdleDeadlineLike = { timeRemaining(): number; didTimeout: boolean };
const requestIdle: (cb: (d: IdleDeadlineLike) => void, opts?: { timeout: number }) => number =
  typeof requestIdleCallback === 'function'
    ? (cb, opts) => requestIdleCallback(cb, opts)
    : (cb) => setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: false }), 16) as unknown as number;

export class Scanner {
  private lastText = new WeakMap<Element, string>();
  private known = new Set<Element>();
  private queue: Element[] = [];
  private queued = new Set<Element>();
  private working = false;
  private passTimer: ReturnType<typeof setTimeout> | null = null;
  private lastPass = 0;
  private observer: MutationObserver | null = null;
  private readonly throttleMs: number;
  /** Passes and block reads, for tests and the benchmark. */
  readonly stats = { passes: 0, reads: 0, mutationBatches: 0 };

  constructor(
    private doc: Document,
    private adapter: SiteAdapter,
    private hooks: ScannerHooks,
    private options: ScannerOptions = {},
  ) {
    this.throttleMs = options.throttleMs ?? 120;
  }

  start(): void {
    // The first pass waits for an idle moment rather than running inside start-up.
    requestIdle(() => this.pass(), { timeout: 500 });
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.options.signal?.addEventListener('abort', () => this.stop(), { once: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.passTimer) clearTimeout(this.passTimer);
    this.queue = [];
    this.queued.clear();
  }

  /** Forget everything read so far and read the page again (e.g. after a setting change). */
  rescanAll(): void {
    this.lastText = new WeakMap();
    this.pass();
  }

  private onMutations(records: MutationRecord[]): void {
    const ignore = this.options.ignore;
    if (ignore && records.every((r) => ignore(r.target))) return;
    this.stats.mutationBatches++;
    this.schedulePass();
  }

  private schedulePass(): void {
    if (this.passTimer) return;
    const wait = Math.max(0, this.lastPass + this.throttleMs - Date.now());
    this.passTimer = setTimeout(() => {
      this.passTimer = null;
      this.pass();
    }, wait);
  }

  private pass(): void {
    if (this.options.signal?.aborted) return;
    this.lastPass = Date.now();
    this.stats.passes++;
    const blocks = this.adapter.blocks(this.doc);
    const present = new Set(blocks);
    for (const old of this.known) {
      if (!present.has(old) || !old.isConnected) {
        this.known.delete(old);
        this.hooks.forget(old);
      }
    }
    for (const block of blocks) {
      this.known.add(block);
      if (!this.queued.has(block)) {
        this.queued.add(block);
        this.queue.push(block);
      }
    }
    this.work();
  }

  private work(backlog = false): void {
    if (this.working || this.queue.length === 0) return;
    this.working = true;
    // A backlog left by a full slice continues in the next task, not the next idle period:
    // a feed that keeps appending posts is never idle, and each slice stays short anyway.
    const schedule = backlog ? (cb: (d: IdleDeadlineLike) => void) => setTimeout(() => cb({ timeRemaining: () => 12, didTimeout: true }), 0) : requestIdle;
    schedule(
      (deadline) => {
        this.working = false;
        // Keep each slice well under the 50 ms long-task line.
        const started = performance.now();
        while (this.queue.length && (deadline.timeRemaining() > 1 || deadline.didTimeout) && performance.now() - started < 12) {
          const block = this.queue.shift()!;
          this.queued.delete(block);
          if (!block.isConnected) continue;
          const text = block.textContent ?? '';
          if (this.lastText.get(block) === text && !this.hooks.isStale(block)) continue;
          this.lastText.set(block, text);
          this.stats.reads++;
          this.hooks.read(block, text);
        }
        this.work(this.queue.length > 0);
      },
      // A page that is never idle (a feed appending posts) still gets its highlights within
      // a fraction of a second (well inside the 500 ms budget); each forced slice stays as short as an idle one.
      { timeout: 120 },
    );
  }
}
