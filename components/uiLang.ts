import { browser } from 'wxt/browser';
import type { Lang } from '../engine/schema';
import type { Settings } from '../settings/settings';

/** The language of extension pages: the user's choice, else the browser's. */
export function uiLang(settings?: Settings): Lang {
  if (settings && settings.cardLanguage !== 'auto') return settings.cardLanguage;
  return browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
}
