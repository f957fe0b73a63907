import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings } from '../../settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings in extension storage', () => {
  it('starts from the defaults and keeps what is changed', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const next = await updateSettings({ cardLanguage: 'es', disabledSites: ['news.example.com'] });
    expect(next.cardLanguage).toBe('es');
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, cardLanguage: 'es', disabledSites: ['news.example.com'] });
  });

  it('never trusts a broken stored value: it falls back to the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, showThreshold: 7 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: '<script>' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back per field: one bad field keeps every other setting', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, paused: true, disabledSites: ['a.example'], cardLanguage: 'es', showThreshold: 7 } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true, disabledSites: ['a.example'], cardLanguage: 'es' });
    await fakeBrowser.storage.local.set({ settings: { paused: true, highlightStyle: 'blink', disabledSites: 'all' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true });
  });

  it('merges writes from two places per field: the popup and the options page do not overwrite each other', async () => {
    // The popup pauses while the options page changes the highlight style, at the same moment.
    await Promise.all([updateSettings({ paused: true }), updateSettings({ highlightStyle: 'underline' }), updateSettings({ cardLanguage: 'es' })]);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true, highlightStyle: 'underline', cardLanguage: 'es' });
  });

  it('tells a watcher of each change, validated, until it stops watching', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.highlightStyle));
    await updateSettings({ highlightStyle: 'underline' });
    await fakeBrowser.storage.local.set({ 'settings.highlightStyle': 'blink' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await updateSettings({ highlightStyle: 'background' });
    expect(seen).toEqual(['underline', 'both']);
  });
});
