/**
 * User settings: one schema, one storage item (extension storage, never the page's).
 * Read from any context, including the content script, and watched for live changes.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const;

export const settingsSchema = z.object({
  paused: z.boolean(),
  disabledSites: z.array(z.string().check(z.maxLength(253))),
  cardLanguage: z.enum(['auto', 'en', 'es']),
  showThreshold: z.number().check(z.gte(0.3), z.lte(0.95)),
  suggestThreshold: z.number().check(z.gte(0.2), z.lte(0.95)),
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  cardLanguage: 'auto',
  showThreshold: 0.55,
  suggestThreshold: 0.4,
  highlightStyle: 'both',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Stored settings are trusted only after validation; anything broken falls back to defaults. */
export function sanitizeSettings(value: unknown): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...(value && typeof value === 'object' ? value : {}) };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(sanitizeSettings(v)));
}

export function siteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
