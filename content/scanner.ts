/**
 * Reads a page's blocks in short slices and keeps up with it. A MutationObserver notes what
 * changed: a block whose text changed is queued again; a subtree that gained nodes is
 * collected again through the site's adapter, not the whole page. Both happen in slices
 * of at most SLICE_MS, and a block that takes longer than its slice continues in the next
 * one, so no page and no block can hold the main thread. A storm of mutations becomes one
 * pass, not thousands (and a storm too wide to track becomes one full pass).
 *
 * It also reads what a page keeps out of its document tree: text in open shadow roots and
 * in same-origin frames (found by ./scan-roots, each observed in turn). A document in
 * designMode is an editor, like an input: it is never read, and what was found there is
 * dropped.
 */
import type { SiteAdapter } from '../sites/types';
import { ScanRoots } from './scan-roots';

export interface ScannerHooks {
  /**
   * Reads a block, for as long as `timeLeft()` (ms) stays above zero; answers true when the
   * block is done and false to be called again in the next slice. Called only for blocks
   * that are new or changed.
   */
  read(block: Element, text: string, timeLeft: () => number): boolean | void;
  /** Whether what was found in this block still points at live nodes. */
  isStale(block: Element): boolean;
  /** The block left the page. */
  forget(block: Element): void;
}

export interface ScannerOptions {
  /** Minimum time between two passes over what changed, in ms. */
  throttleMs?: number;
  /** Nodes whose mutations are ours (the overlay host) and must be ignored. */
  ignore?: (node: Node) => boolean;
  signal?: AbortSignal;
  /** Something failed inside a slice (logged by the caller); the scanner goes on. */
  onError?: (e: unknown) => void;
}

/** A slice never runs longer than this (well under the 50 ms long-task line). */
export const SLICE_MS = 12;
/** More changed subtrees than this in one pass are read as one full pass instead. */
const MAX_DIRTY = 300;

type IdleDeadlineLike = { timeRemaining(): number; didTimeout: boolean };
const requestIdle: (cb: (d: IdleDeadlineLike) => void, opts?: { timeout: number }) => number =
  typeof requestIdleCallback === 'function' ? (cb, opts) => requestIdleCallback(cb, opts) : (cb) => setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: false }), 16) as unknown as number;

const isEditableDoc = (doc: Document) => doc.designMode === 'on';

export class Scanner {
  private lastText = new WeakMap<Element, string>();
  private known = new Set<Element>();
  private queue: Element[] = [];
  private queued = new Set<Element>();
  /** Containers whose subtree may hold new blocks (or new shadow roots and frames). */
  private dirty = new Set<ParentNode>();
  private fullPass = true;
  private sweep = false;
  private roots: ScanRoots;
  private working = false;
  private passTimer: ReturnType<typeof setTimeout> | null = null;
  private lastPass = 0;
  private observer: MutationObserver | null = null;
  private readonly throttleMs: number;
  /** Passes and block reads, for tests and the benchmark. */
  readonly stats = { passes: 0, reads: 0, mutationBatches: 0, fullPasses: 0 };

  constructor(
    private doc: Document,
    private adapter: SiteAdapter,
    private hooks: ScannerHooks,
    private options: ScannerOptions = {},
  ) {
    this.throttleMs = options.throttleMs ?? 120;
    this.roots = new ScanRoots(doc, {
      observe: (target) => {
        if (!this.observer) return false;
        if (target) this.observer.observe(target, { childList: true, subtree: true, characterData: true });
        return true;
      },
      found: (root) => this.dirty.add(root),
      frameLoaded: () => this.schedulePass(),
      ignore: options.ignore,
      signal: options.signal,
    });
  }

  start(): void {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.roots.add(this.doc);
    this.options.signal?.addEventListener('abort', () => this.stop(), { once: true });
    // The first pass waits for an idle moment rather than running inside start-up.
    this.fullPass = true;
    this.work();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.passTimer) clearTimeout(this.passTimer);
    this.passTimer = null;
    this.queue = [];
    this.queued.clear();
    this.dirty.clear();
  }

  /** Forget everything read so far and read the page again (e.g. after a setting change). */
  rescanAll(): void {
    this.lastText = new WeakMap();
    this.fullPass = true;
    this.work();
  }

  /** The known block that holds a node, if any (crossing no shadow boundary). */
  private knownBlockOf(node: Node | null): Element | null {
    for (let n = node, depth = 0; n && depth < 64; n = n.parentNode, depth++) {
      if (n.nodeType === Node.ELEMENT_NODE && this.known.has(n as Element)) return n as Element;
    }
    return null;
  }

  private onMutations(records: MutationRecord[]): void {
    const ignore = this.options.ignore;
    let relevant = false;
    for (const r of records) {
      if (ignore?.(r.target)) continue;
      relevant = true;
      const block = this.knownBlockOf(r.target);
      if (block) this.enqueue(block);
      if (r.type === 'childList') {
        if (r.removedNodes.length) this.sweep = true;
        // Nodes were added under target: new blocks may sit anywhere in it, or target itself
        // (or its parent) may have become a block.
        if (r.addedNodes.length && !block) this.markDirty(r.target);
        for (const added of Array.from(r.addedNodes)) if (added.nodeType === Node.ELEMENT_NODE) this.roots.queue(added, MAX_DIRTY);
      } else if (!block) {
        // Text changed outside any known block: a short paragraph may have grown into one.
        const el = r.target.parentElement;
        if (el) this.markDirty(el.parentElement?.parentElement ?? el.parentElement ?? el);
      }
    }
    if (!relevant) return;
    this.stats.mutationBatches++;
    this.schedulePass();
  }

  private markDirty(node: Node): void {
    if (this.fullPass) return;
    const container = (node.nodeType === Node.ELEMENT_NODE ? ((node as Element).parentElement ?? node) : node) as ParentNode;
    this.dirty.add(container);
    if (this.dirty.size > MAX_DIRTY) {
      this.dirty.clear();
      this.fullPass = true;
    }
  }

  private enqueue(block: Element): void {
    if (this.queued.has(block)) return;
    this.queued.add(block);
    this.queue.push(block);
  }

  private schedulePass(): void {
    if (this.passTimer) return;
    const wait = Math.max(0, this.lastPass + this.throttleMs - Date.now());
    this.passTimer = setTimeout(() => {
      this.passTimer = null;
      this.work();
    }, wait);
  }

  private hasWork(): boolean {
    return this.fullPass || this.sweep || this.dirty.size > 0 || this.queue.length > 0 || this.roots.pending;
  }

  private work(backlog = false): void {
    if (this.working || !this.hasWork() || this.options.signal?.aborted || !this.observer) return;
    this.working = true;
    // A backlog left by a full slice continues in the next task, not the next idle period:
    // a feed that keeps appending posts is never idle, and each slice stays short anyway.
    const schedule = backlog ? (cb: (d: IdleDeadlineLike) => void) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: true }), 0) : requestIdle;
    schedule(
      (deadline) => {
        this.working = false;
        if (!this.observer) return;
        const started = performance.now();
        const timeLeft = () => Math.min(SLICE_MS - (performance.now() - started), deadline.didTimeout ? Infinity : deadline.timeRemaining());
        try {
          this.slice(timeLeft);
        } catch (e) {
          this.options.onError?.(e);
        }
        this.work(this.hasWork());
      },
      // A page that is never idle (a feed appending posts) still gets its highlights within
      // a fraction of a second; each forced slice stays as short as an idle one.
      { timeout: 120 },
    );
  }

  private slice(timeLeft: () => number): void {
    if (this.fullPass || this.sweep || this.dirty.size) {
      this.lastPass = Date.now();
      this.stats.passes++;
    }
    if (this.fullPass) {
      this.fullPass = false;
      this.dirty.clear();
      this.stats.fullPasses++;
      this.sweep = true;
      for (const root of this.roots.all()) {
        this.dirty.add(root);
        this.roots.queue(root);
      }
    }
    if (this.sweep) {
      this.sweep = false;
      for (const old of this.known) {
        if (!old.isConnected) {
          this.known.delete(old);
          this.hooks.forget(old);
        }
      }
    }
    // Changed subtrees first (cheap: the adapter's selectors under each), then block reads.
    for (const container of this.dirty) {
      if (timeLeft() <= 0) return;
      this.dirty.delete(container);
      this.collect(container);
    }
    this.roots.walk(timeLeft);
    while (this.queue.length && timeLeft() > 0) {
      const block = this.queue[0]!;
      if (!block.isConnected || isEditableDoc(block.ownerDocument)) {
        this.dequeue();
        continue;
      }
      const text = block.textContent ?? '';
      if (this.lastText.get(block) === text && !this.hooks.isStale(block)) {
        this.dequeue();
        continue;
      }
      this.stats.reads++;
      const done = this.hooks.read(block, text, timeLeft) !== false;
      if (!done) return; // continues in the next slice, where it stopped
      this.lastText.set(block, text);
      this.dequeue();
    }
  }

  private dequeue(): void {
    const block = this.queue.shift();
    if (block) this.queued.delete(block);
  }

  /** Blocks, shadow roots and same-origin frames under a container. */
  private collect(container: ParentNode): void {
    const node = container as Node;
    if (!node.isConnected) return;
    const doc = node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument!;
    if (isEditableDoc(doc)) {
      // A page turned into an editor: what was read there goes, nothing more is read.
      for (const old of this.known) {
        if (old.ownerDocument === doc) {
          this.known.delete(old);
          this.hooks.forget(old);
        }
      }
      return;
    }
    for (const block of this.adapter.blocks(container)) {
      if (this.options.ignore?.(block)) continue;
      this.known.add(block);
      this.enqueue(block);
    }
  }
}
