/**
 * User settings: one schema, one storage item (extension storage, never the page's).
 * Read from any context, including the content script, and watched for live changes.
 * The check is written out rather than built with a schema library: this module ships
 * in the content script, where zod cost 15 kB and valibot 4 kB of the 60 kB budget.
 */
import { browser } from 'wxt/browser';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const;

export interface Settings {
  paused: boolean;
  disabledSites: string[];
  cardLanguage: 'auto' | 'en' | 'es';
  showThreshold: number;
  suggestThreshold: number;
  highlightStyle: (typeof HIGHLIGHT_STYLES)[number];
}

const inRange = (x: unknown, lo: number, hi: number): x is number => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;

/** Every field checked; one bad field fails the whole value. */
export function isSettings(x: unknown): x is Settings {
  if (!x || typeof x !== 'object') return false;
  const s = x as Record<string, unknown>;
  return (
    typeof s.paused === 'boolean' &&
    Array.isArray(s.disabledSites) &&
    s.disabledSites.every((h) => typeof h === 'string' && h.length <= 253) &&
    (s.cardLanguage === 'auto' || s.cardLanguage === 'en' || s.cardLanguage === 'es') &&
    inRange(s.showThreshold, 0.3, 0.95) &&
    inRange(s.suggestThreshold, 0.2, 0.95) &&
    (HIGHLIGHT_STYLES as readonly unknown[]).includes(s.highlightStyle)
  );
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  cardLanguage: 'auto',
  showThreshold: 0.55,
  suggestThreshold: 0.4,
  highlightStyle: 'both',
};

// One key in the extension's local storage (the same key WXT's storage item used). Read
// through the extension API directly: the content script's bundle is budgeted, and WXT's
// storage layer (versioning, locks) cost it 3.5 kB for one value that has no migrations.
const KEY = 'settings';

/** Stored settings are trusted only after validation; anything broken falls back to defaults. */
export function sanitizeSettings(value: unknown): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...(value && typeof value === 'object' ? value : {}) };
  return isSettings(merged) ? { ...merged, disabledSites: [...merged.disabledSites] } : DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return sanitizeSettings(stored[KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(sanitizeSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function siteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
