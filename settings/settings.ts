/**
 * User settings: one schema, one key per field in extension storage (never the page's).
 * Read from any context, including the content script, and watched for live changes.
 * The checks are written out rather than built with a schema library: this module ships
 * in the content script, where zod cost 15 kB and valibot 4 kB of the 60 kB budget.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_THRESHOLDS } from '../engine/types';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const;

export interface Settings {
  paused: boolean;
  disabledSites: string[];
  cardLanguage: 'auto' | 'en' | 'es';
  showThreshold: number;
  suggestThreshold: number;
  highlightStyle: (typeof HIGHLIGHT_STYLES)[number];
}

/** The range the options' sliders offer and a stored threshold must lie in. */
export const THRESHOLD_RANGE = { show: [0.3, 0.95], suggest: [0.2, 0.95] } as const;

const inRange = (x: unknown, lo: number, hi: number): x is number => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;

/** One check per field: a bad field falls back on its own, the others stay as they are. */
const FIELD_CHECKS: { [K in keyof Settings]: (x: unknown) => boolean } = {
  paused: (x) => typeof x === 'boolean',
  disabledSites: (x) => Array.isArray(x) && x.length <= 10_000 && x.every((h) => typeof h === 'string' && h.length > 0 && h.length <= 253),
  cardLanguage: (x) => x === 'auto' || x === 'en' || x === 'es',
  showThreshold: (x) => inRange(x, ...THRESHOLD_RANGE.show),
  suggestThreshold: (x) => inRange(x, ...THRESHOLD_RANGE.suggest),
  highlightStyle: (x) => (HIGHLIGHT_STYLES as readonly unknown[]).includes(x),
};

const FIELDS = Object.keys(FIELD_CHECKS) as (keyof Settings)[];

/** Every field checked. */
export function isSettings(x: unknown): x is Settings {
  if (!x || typeof x !== 'object') return false;
  const s = x as Record<string, unknown>;
  return FIELDS.every((k) => FIELD_CHECKS[k](s[k]));
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  cardLanguage: 'auto',
  showThreshold: DEFAULT_THRESHOLDS.show,
  suggestThreshold: DEFAULT_THRESHOLDS.suggest,
  highlightStyle: 'both',
};

// Each field is its own key in the extension's local storage, so the popup and the options
// page writing at the same moment change different keys instead of overwriting each other's
// whole object. The single `settings` key of earlier versions is still read, field by field,
// under the newer per-field keys. Read through the extension API directly: the content
// script's bundle is budgeted, and WXT's storage layer cost it 3.5 kB.
const LEGACY_KEY = 'settings';
const PREFIX = 'settings.';
const fieldKey = (k: keyof Settings) => `${PREFIX}${k}`;
const ALL_KEYS = [LEGACY_KEY, ...FIELDS.map(fieldKey)];

const pick = <K extends keyof Settings>(k: K, ...candidates: unknown[]): Settings[K] => {
  for (const c of candidates) if (FIELD_CHECKS[k](c)) return (Array.isArray(c) ? [...c] : c) as Settings[K];
  return (Array.isArray(DEFAULT_SETTINGS[k]) ? [...(DEFAULT_SETTINGS[k] as string[])] : DEFAULT_SETTINGS[k]) as Settings[K];
};

/** Stored settings are trusted only after validation; each broken field falls back to its default. */
export function sanitizeSettings(value: unknown): Settings {
  const s = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const out = {} as Record<keyof Settings, unknown>;
  for (const k of FIELDS) out[k] = pick(k, s[k]);
  return out as Settings;
}

/** Settings from what storage holds: a field's own key first, then the legacy object, then the default. */
function fromStored(stored: Record<string, unknown>): Settings {
  const legacy = stored[LEGACY_KEY] && typeof stored[LEGACY_KEY] === 'object' ? (stored[LEGACY_KEY] as Record<string, unknown>) : {};
  const out = {} as Record<keyof Settings, unknown>;
  for (const k of FIELDS) out[k] = pick(k, stored[fieldKey(k)], legacy[k]);
  return out as Settings;
}

export async function getSettings(): Promise<Settings> {
  return fromStored(await browser.storage.local.get(ALL_KEYS));
}

/** Writes only the fields in `patch`, each checked; other fields are not touched. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const writes: Record<string, unknown> = {};
  for (const k of FIELDS) {
    if (!(k in patch)) continue;
    const v = patch[k];
    if (!FIELD_CHECKS[k](v)) throw new Error(`Puente: invalid setting ${k}`);
    writes[fieldKey(k)] = Array.isArray(v) ? [...v] : v;
  }
  if (Object.keys(writes).length) await browser.storage.local.set(writes);
  return getSettings();
}

/**
 * Turns Puente on or off for one site, reading the list fresh just before the write (the
 * caller's copy may be stale: the options page may have changed it since).
 */
export async function setSiteEnabled(site: string, on: boolean): Promise<Settings> {
  const current = (await getSettings()).disabledSites;
  const disabledSites = on ? current.filter((s) => s !== site) : [...new Set([...current, site])];
  return updateSettings({ disabledSites });
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  // A snapshot of the stored keys, kept current from the change events, so each change is
  // reported at once and in order; changes that arrive before the first read are applied on top of it.
  let raw: Record<string, unknown> = {};
  let loaded = false;
  let pending = false;
  let stopped = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || stopped) return;
    const mine = ALL_KEYS.filter((k) => k in changes);
    if (!mine.length) return;
    for (const k of mine) {
      const v = changes[k]!.newValue;
      if (v === undefined) delete raw[k];
      else raw[k] = v;
    }
    if (loaded) cb(fromStored(raw));
    else pending = true;
  };
  browser.storage.onChanged.addListener(listener);
  void browser.storage.local.get(ALL_KEYS).then((stored) => {
    raw = { ...stored, ...raw };
    loaded = true;
    if (pending && !stopped) cb(fromStored(raw));
  });
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

export function siteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
