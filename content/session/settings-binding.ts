/**
 * The settings binding: applies the reader's settings to the page as they change (in the
 * popup, the options, another tab), without a reload.
 */
import { watchSettings, type Settings } from '../../settings/settings';

/** What the page does when the settings change. */
export interface SettingsEffects {
  /** Whether Puente is on for this site under the settings now in force. */
  active(): boolean;
  /** The card language setting changed: the reader's EN/ES choice in the card is dropped. */
  language(): void;
  style(style: Settings['highlightStyle']): void;
  /** Puente is now off here. */
  off(): void;
  /** The thresholds (or the facts) changed: the engine is built again. */
  rebuild(): void;
  /** Puente is on here: read the page if it is not read yet. */
  on(): void;
  /** Draw the overlay again, if there is one. */
  redraw(): void;
}

export function bindSettings(current: () => Settings, set: (next: Settings) => void, fx: SettingsEffects): () => void {
  return watchSettings((next) => {
    const before = current();
    set(next);
    if (next.cardLanguage !== before.cardLanguage) fx.language();
    if (next.highlightStyle !== before.highlightStyle) fx.style(next.highlightStyle);
    if (!fx.active()) fx.off();
    else if (next.showThreshold !== before.showThreshold || next.suggestThreshold !== before.suggestThreshold) fx.rebuild();
    else fx.on();
    fx.redraw();
  });
}
