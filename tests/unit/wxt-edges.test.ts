// @vitest-environment happy-dom
/**
 * content/wxt-edges.ts leans on WXT internals that are not its public API. These tests
 * fail loudly when a WXT upgrade changes them: read that module's comment, then either
 * adapt it to the new WXT or drop the workaround.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BROWSER_KEY, holdBackStartAnnouncement } from '../../content/wxt-edges';

const ROOT = join(__dirname, '..', '..');
const startedType = () => (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
const CHANGED = 'WXT changed what content/wxt-edges.ts relies on: read its comment';

afterEach(() => vi.restoreAllMocks());

describe('WXT edges (content/wxt-edges.ts)', () => {
  it('the context class names its start announcement in the static SCRIPT_STARTED_MESSAGE_TYPE', () => {
    expect(typeof startedType(), CHANGED).toBe('string');
    expect(startedType(), CHANGED).toMatch(/wxt:content-script-started$/);
  });

  it('a new context announces itself with exactly one document event and one window message of that type', () => {
    const type = startedType();
    const posted: unknown[] = [];
    const dispatched: string[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => void posted.push(message));
    vi.spyOn(document, 'dispatchEvent').mockImplementation((event: Event) => (dispatched.push(event.type), true));
    const ctx = new ContentScriptContext('edges-announce');
    vi.restoreAllMocks();
    expect(dispatched, CHANGED).toEqual([type]);
    expect(posted, CHANGED).toEqual([expect.objectContaining({ type })]);
    ctx.abort();
  });

  it('a replayed announcement on the document shuts an unprotected context down (what the refusal guards against)', () => {
    const ctx = new ContentScriptContext('edges-replay');
    document.dispatchEvent(new CustomEvent(startedType() as string, { detail: { contentScriptName: 'edges-replay', messageId: 'a-page' } }));
    expect(ctx.signal.aborted, CHANGED).toBe(true);
  });

  it('held back, the announcement reaches neither window nor document; released, the originals are back and a replay is refused', async () => {
    const type = startedType() as string;
    const originalPost = window.postMessage;
    const seen: unknown[] = [];
    const messages = (e: MessageEvent) => void seen.push(e.data);
    const events = vi.fn();
    window.addEventListener('message', messages);
    document.addEventListener(type, events);
    const release = holdBackStartAnnouncement(ContentScriptContext);
    const ctx = new ContentScriptContext('edges-held');
    release(ctx);
    await new Promise((r) => setTimeout(r, 20));
    // (Messages from the other tests' contexts may still arrive: only this one's count.)
    expect(seen).not.toContainEqual(expect.objectContaining({ contentScriptName: 'edges-held' }));
    expect(events).not.toHaveBeenCalled();
    expect(window.postMessage).toBe(originalPost);
    expect(Object.hasOwn(document, 'dispatchEvent')).toBe(false);
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'edges-held', messageId: 'a-page' } }));
    expect(ctx.signal.aborted, CHANGED).toBe(false);
    // Other messages and events still go through.
    window.postMessage({ type: 'page-own' }, '*');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toContainEqual({ type: 'page-own' });
    window.removeEventListener('message', messages);
    document.removeEventListener(type, events);
    ctx.abort();
  });

  it('the reader takes the listed script’s browser through the shared key, and the reader build aliases wxt/browser to it', async () => {
    const build = readFileSync(join(ROOT, 'modules', 'esm-content-scripts.ts'), 'utf8');
    expect(build).toMatch(/find: \/\^wxt\\\/browser\$\/, replacement: resolve\(wxt\.config\.root, 'content\/shared-browser\.ts'\)/);
    const fake = { runtime: { id: 'shared' } };
    (globalThis as unknown as Record<symbol, unknown>)[BROWSER_KEY] = fake;
    const { browser } = await import('../../content/shared-browser');
    expect(browser).toBe(fake);
    Reflect.deleteProperty(globalThis, BROWSER_KEY);
  });
});
