/**
 * User settings: one schema, one storage item (extension storage, never the page's).
 * Read from any context, including the content script, and watched for live changes.
 * The check is written out rather than built with a schema library: this module ships
 * in the content script, where zod cost 15 kB and valibot 4 kB of the 60 kB budget.
 */
import { storage } from 'wxt/utils/storage';

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

// Defined on first use, not at import: defining a versioned item reads storage at once,
// and in the content script that read would land in the script's first, heaviest task.
let item: ReturnType<typeof defineSettingsItem> | null = null;
const defineSettingsItem = () => storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
const settingsItem = () => (item ??= defineSettingsItem());

/** Stored settings are trusted only after validation; anything broken falls back to defaults. */
export function sanitizeSettings(value: unknown): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...(value && typeof value === 'object' ? value : {}) };
  return isSettings(merged) ? { ...merged, disabledSites: [...merged.disabledSites] } : DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem().getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem().setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem().watch((value) => cb(sanitizeSettings(value)));
}

export function siteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
