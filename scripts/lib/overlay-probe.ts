/**
 * Reaching into Puente's overlay from a test (and from `npm start`'s headless screenshot). The overlay is a closed shadow root: page
 * script (and so Playwright's locators, which run as page script) cannot see into it. The
 * DevTools protocol can, the way the browser's own inspector does: find the host (the
 * element appended to <html> that has a closed shadow root), resolve its root to a remote
 * object, and run a function on it. Clicks and keys then go through Playwright's real
 * (trusted) mouse and keyboard at the element's position.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

export class OverlayProbe {
  private cdp: CDPSession | null = null;

  constructor(private page: Page) {}

  private async session(): Promise<CDPSession> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    return this.cdp;
  }

  /** The overlay's closed shadow root as a remote object id, or null when there is none. */
  private async rootObject(): Promise<string | null> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as unknown as { root: DomNode };
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const host = [...(html?.children ?? [])].reverse().find((n) => n.shadowRoots?.some((s) => s.shadowRootType === 'closed'));
    const shadow = host?.shadowRoots?.find((s) => s.shadowRootType === 'closed');
    if (!shadow) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as unknown as { object: { objectId?: string } };
    return object.objectId ?? null;
  }

  /** Runs `fn(root, arg)` on the overlay's shadow root (null when there is no overlay yet). */
  async evaluate<T, A = undefined>(fn: (root: ShadowRoot | null, arg: A) => T, arg?: A): Promise<T> {
    const cdp = await this.session();
    const objectId = await this.rootObject();
    if (!objectId) {
      // No overlay: run the function with a null root in the page, for a uniform answer.
      return this.page.evaluate(`(${fn.toString()})(null, ${JSON.stringify(arg ?? null)})`) as Promise<T>;
    }
    const res = (await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    })) as unknown as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value;
  }

  /** Waits for the overlay's animations to end: a screenshot's `animations: 'disabled'` cannot reach into a closed shadow root. */
  async settled(): Promise<void> {
    await this.evaluate((root) => Promise.all((root?.getAnimations() ?? []).map((a) => a.finished)).then(() => null));
  }

  count(selector: string): Promise<number> {
    return this.evaluate((root, sel) => (root ? root.querySelectorAll(sel).length : 0), selector);
  }

  text(selector: string): Promise<string | null> {
    return this.evaluate((root, sel) => root?.querySelector(sel)?.textContent ?? null, selector);
  }

  texts(selector: string): Promise<string[]> {
    return this.evaluate((root, sel) => (root ? [...root.querySelectorAll(sel)].map((e) => e.textContent ?? '') : []), selector);
  }

  attr(selector: string, name: string): Promise<string | null> {
    return this.evaluate((root, a) => root?.querySelector(a.sel)?.getAttribute(a.name) ?? null, { sel: selector, name });
  }

  box(selector: string, buttonName?: string, scroll = false): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.evaluate(
      (root, a) => {
        if (!root) return null;
        const all = [...root.querySelectorAll(a.sel)];
        const el = a.name === null ? all[0] : all.find((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim() === a.name);
        if (!el) return null;
        // Not yet placed (the card is laid out hidden, then moved next to its claim).
        if (getComputedStyle(el).visibility === 'hidden') return null;
        // Inside the card's own scrolling area it may sit below the fold, as for a reader.
        if (a.scroll) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      },
      { sel: selector, name: buttonName ?? null, scroll },
    );
  }

  async waitFor(selector: string, options: { state?: 'attached' | 'detached'; timeout?: number } = {}): Promise<void> {
    const until = Date.now() + (options.timeout ?? 10_000);
    const want = (options.state ?? 'attached') === 'attached';
    for (;;) {
      if ((await this.count(selector)) > 0 === want) return;
      if (Date.now() > until) throw new Error(`overlay: "${selector}" not ${want ? 'attached' : 'detached'} in time`);
      await this.page.waitForTimeout(100);
    }
  }

  /** A real (trusted) click at the centre of the first match, or of the match with that accessible name. */
  async click(selector: string, buttonName?: string, timeout = 5_000): Promise<void> {
    const until = Date.now() + timeout;
    let last: Awaited<ReturnType<OverlayProbe['box']>> = null;
    // Wait until the element is shown and has stopped moving (two equal readings).
    for (;;) {
      const b = await this.box(selector, buttonName, true);
      if (b && last && b.x === last.x && b.y === last.y && b.width > 0) {
        await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
        return;
      }
      last = b;
      if (Date.now() > until) throw new Error(`overlay: nothing to click at "${selector}"${buttonName ? ` named "${buttonName}"` : ''}`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Focuses the first match (programmatically, as a screen reader's virtual cursor would). */
  focus(selector: string): Promise<void> {
    return this.evaluate((root, sel) => void (root?.querySelector(sel) as HTMLElement | null)?.focus(), selector);
  }
}

/** Clicks, as the reader would, the highlighted claim whose text contains `part`. */
export async function clickClaim(page: Page, part: string): Promise<void> {
  const at = await page.evaluate((t) => {
    const range = [...CSS.highlights.get('puente-claim')!].find((r) => r.toString().includes(t)) as Range;
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 20, y: rect.top + rect.height / 2 };
  }, part);
  await page.mouse.click(at.x, at.y);
}
