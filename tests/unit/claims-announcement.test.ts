// @vitest-environment happy-dom
/**
 * The claims-changed announcement without a browser: the page's claims say when they
 * change, the content script coalesces a burst into one message and stays quiet until an
 * extension page has asked, and the popup's listener follows only its own tab.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../engine/engine';
import { createClaimsAnnouncer } from '../../content/session/claims-announcer';
import { PageClaims } from '../../content/page-claims';
import type { PageClaimsResponse } from '../../messaging/protocol';
import { followPageClaims, watchClaimsChanged } from '../../messaging/tabs';
import { SAMPLE_FACTS } from './helpers/sample-facts';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the content script announces', () => {
  it('nothing until an extension page has asked for the claims', () => {
    vi.useFakeTimers();
    const send = vi.fn(async () => undefined);
    const announcer = createClaimsAnnouncer(send, vi.fn(), 150);
    announcer.changed();
    vi.advanceTimersByTime(1000);
    expect(send).not.toHaveBeenCalled();
  });

  it('a burst of changes as one message, and again for the next burst', () => {
    vi.useFakeTimers();
    const send = vi.fn(async () => undefined);
    const announcer = createClaimsAnnouncer(send, vi.fn(), 150);
    announcer.watched();
    for (let i = 0; i < 20; i++) announcer.changed();
    vi.advanceTimersByTime(149);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledTimes(1);
    announcer.changed();
    vi.advanceTimersByTime(150);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('nothing once disposed, and hands a failed send to the logger', async () => {
    vi.useFakeTimers();
    const failure = new Error('Extension context invalidated.');
    const send = vi.fn(async () => Promise.reject(failure));
    const onError = vi.fn();
    const announcer = createClaimsAnnouncer(send, onError, 150);
    announcer.watched();
    announcer.changed();
    vi.advanceTimersByTime(150);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
    announcer.changed();
    announcer.dispose();
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('the page’s claims say when they change', () => {
  const engine = createEngine(SAMPLE_FACTS);
  const highlights = { add: () => undefined, delete: () => undefined, setFocus: () => undefined } as never;

  it('when found, hidden and forgotten, and not when nothing changed', () => {
    document.body.innerHTML = '<p id="a">Mexico and the United States trade $1.4 billion a day.</p><p id="b">The weather was mild.</p>';
    const onChange = vi.fn();
    const claims = new PageClaims(engine, highlights, { lang: 'en', muted: new Set(), onChange });
    claims.read(document.getElementById('b')!);
    expect(onChange).not.toHaveBeenCalled();
    claims.read(document.getElementById('a')!);
    expect(onChange).toHaveBeenCalledTimes(1);
    const [claim] = claims.all();
    claims.mute('no-such-fact');
    expect(onChange).toHaveBeenCalledTimes(1);
    claims.mute(claim!.finding.factId);
    expect(onChange).toHaveBeenCalledTimes(2);
    const again = vi.fn();
    const fresh = new PageClaims(engine, highlights, { lang: 'en', muted: new Set(), onChange: again });
    fresh.read(document.getElementById('a')!);
    fresh.forget(document.getElementById('a')!);
    fresh.forget(document.getElementById('b')!);
    expect(fresh.all()).toEqual([]);
    expect(again).toHaveBeenCalledTimes(2);
  });
});

describe('the popup follows its own tab', () => {
  // A sender carries only what the listener reads.
  const deliver = (message: unknown, sender: object) => fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  const self = () => ({ id: fakeBrowser.runtime.id, tab: { id: 5 } });

  it('hears this extension’s announcements with their tab, nothing else, and answers none', async () => {
    const heard = vi.fn();
    const stop = watchClaimsChanged(heard);
    const answers = await deliver({ type: 'claims-changed' }, self());
    await deliver({ type: 'claims-changed' }, { id: 'another-extension', tab: { id: 5 } });
    await deliver({ type: 'claims-changed' }, { id: fakeBrowser.runtime.id });
    await deliver({ type: 'list-facts' }, self());
    expect(heard.mock.calls).toEqual([[5]]);
    expect(answers).toEqual([undefined]);
    stop();
    await deliver({ type: 'claims-changed' }, self());
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('reads the claims at once and again on each announcement from that tab only', async () => {
    const page = (n: number) => ({ url: 'https://news.example/', title: 'T', lang: 'en', active: true, claims: Array.from({ length: n }, () => ({})) }) as unknown as PageClaimsResponse;
    let count = 1;
    const asked: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => (asked.push(tabId), page(count)));
    const shown: number[] = [];
    const stop = followPageClaims(5, (p) => shown.push(p?.claims.length ?? -1));
    await vi.waitFor(() => expect(shown).toEqual([1]));
    count = 3;
    await deliver({ type: 'claims-changed' }, { id: fakeBrowser.runtime.id, tab: { id: 6 } });
    await deliver({ type: 'claims-changed' }, self());
    await vi.waitFor(() => expect(shown).toEqual([1, 3]));
    expect(asked).toEqual([5, 5]);
    stop();
  });
});
