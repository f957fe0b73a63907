/**
 * What a page keeps out of its document tree, for the scanner: open shadow roots and
 * same-origin frames. New subtrees are walked for them a few hundred elements at a time,
 * so a large page is walked across slices; each root found is observed and handed back
 * to be read like the page.
 */

export type Root = Document | ShadowRoot;

export interface RootsHooks {
  /** Observes a root's mutations (its element, or nothing yet); false once the scanner has stopped. */
  observe(target: Node | null): boolean;
  /** A new root (shadow root or frame document) to read. */
  found(root: Root): void;
  /** A frame's document arrived outside a slice: a pass must be scheduled. */
  frameLoaded(): void;
  ignore?: (node: Node) => boolean;
  signal?: AbortSignal;
}

export class ScanRoots {
  private roots = new Set<Root>();
  /** Subtrees still to be walked for open shadow roots and frames; the walk resumes across slices. */
  private walks: Node[] = [];
  private walker: TreeWalker | null = null;
  private frames = new WeakSet<HTMLIFrameElement>();

  constructor(
    private doc: Document,
    private hooks: RootsHooks,
  ) {}

  /** Observes a root once; answers whether it was new (and the scanner still running). */
  add(root: Root): boolean {
    if (this.roots.has(root)) return false;
    const target = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
    if (!this.hooks.observe(target)) return false;
    this.roots.add(root);
    return true;
  }

  all(): Root[] {
    return [...this.roots];
  }

  /** Queues a subtree to walk, unless `max` are already waiting. */
  queue(node: Node, max = Infinity): void {
    if (this.walks.length < max) this.walks.push(node);
  }

  get pending(): boolean {
    return this.walks.length > 0 || this.walker !== null;
  }

  /** Walks the queued subtrees while `timeLeft()` stays above zero; resumes where it stopped. */
  walk(timeLeft: () => number): void {
    const ignore = this.hooks.ignore;
    for (;;) {
      if (!this.walker) {
        const start = this.walks.shift();
        if (!start) return;
        if (!start.isConnected || ignore?.(start)) continue;
        const from = start.nodeType === Node.DOCUMENT_NODE ? (start as Document).documentElement : start;
        if (!from) continue;
        this.walker = (from.ownerDocument ?? this.doc).createTreeWalker(from, NodeFilter.SHOW_ELEMENT);
      }
      const walker = this.walker;
      for (let i = 0, n: Node | null = walker.currentNode; n; n = walker.nextNode(), i++) {
        if (i % 256 === 255 && timeLeft() <= 0) return; // resumes here in the next slice
        if (n.nodeType !== Node.ELEMENT_NODE) continue;
        const el = n as Element;
        if (ignore?.(el)) continue;
        const shadow = el.shadowRoot;
        if (shadow && this.add(shadow)) {
          this.hooks.found(shadow);
          this.walks.push(shadow);
        }
        if (el.tagName === 'IFRAME') this.addFrame(el as HTMLIFrameElement);
      }
      this.walker = null;
      if (timeLeft() <= 0) return;
    }
  }

  private addFrame(frame: HTMLIFrameElement): void {
    if (this.frames.has(frame)) return;
    this.frames.add(frame);
    const attach = () => {
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument; // null for a cross-origin frame
      } catch {
        inner = null; // a cross-origin frame in a browser that throws instead: not ours to read
      }
      if (!inner?.documentElement || !this.add(inner)) return;
      this.hooks.found(inner);
      this.hooks.frameLoaded();
    };
    attach();
    // A frame loads (or navigates) after it is inserted: read its new document then.
    frame.addEventListener('load', attach, { signal: this.hooks.signal });
  }
}
