import type { Lang } from '../../engine/schema';
import { t } from '../../i18n/strings';
import { HIGHLIGHT_STYLES, THRESHOLD_RANGE, type Settings } from '../../settings/settings';
import type { Mute } from '../../messaging/protocol';

export interface SettingsPanelProps {
  lang: Lang;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** Facts hidden on a site, with the fact's statement where it still exists. */
  mutes?: readonly (Mute & { statement?: string })[];
  onUnmute?: (site: string, factId: string) => void;
}

const STYLE_LABEL = { underline: 'optStyleUnderline', background: 'optStyleBackground', both: 'optStyleBoth' } as const;

export function SettingsPanel({ lang, settings, onChange, mutes = [], onUnmute }: SettingsPanelProps) {
  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">{t(lang, 'optionsTabSettings')}</h2>
      <label class="switch">
        <input type="checkbox" checked={settings.paused} onChange={(e) => onChange({ paused: (e.currentTarget as HTMLInputElement).checked })} />
        {t(lang, 'optPaused')}
      </label>
      <p>
        <label>
          {t(lang, 'optCardLanguage')}{' '}
          <select value={settings.cardLanguage} onChange={(e) => onChange({ cardLanguage: (e.currentTarget as HTMLSelectElement).value as Settings['cardLanguage'] })}>
            <option value="auto">{t(lang, 'optLangAuto')}</option>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </label>
      </p>
      <fieldset>
        <legend>{t(lang, 'optSensitivity')}</legend>
        <ThresholdSlider
          label={t(lang, 'optShowThreshold', settings.showThreshold.toFixed(2))}
          range={THRESHOLD_RANGE.show}
          value={settings.showThreshold}
          onInput={(showThreshold) => onChange({ showThreshold })}
        />
        <br />
        <ThresholdSlider
          label={t(lang, 'optSuggestThreshold', settings.suggestThreshold.toFixed(2))}
          range={THRESHOLD_RANGE.suggest}
          value={settings.suggestThreshold}
          onInput={(suggestThreshold) => onChange({ suggestThreshold })}
        />
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'optHighlightStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label class="switch" key={style}>
            <input type="radio" name="highlight-style" checked={settings.highlightStyle === style} onChange={() => onChange({ highlightStyle: style })} />
            {t(lang, STYLE_LABEL[style])}
          </label>
        ))}
      </fieldset>
      <h3>{t(lang, 'optSites')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t(lang, 'optNoSites')}</p>
      ) : (
        <ul>
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => onChange({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                {t(lang, 'optTurnOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t(lang, 'mutedTitle')}</h3>
      {mutes.length === 0 ? (
        <p class="muted">{t(lang, 'mutedNone')}</p>
      ) : (
        <ul class="mutes">
          {mutes.map((m) => (
            <li key={m.id}>
              {m.statement ?? <code>{m.factId}</code>} <span class="muted">{t(lang, 'mutedOn', m.site)}</span>{' '}
              <button type="button" aria-label={`${t(lang, 'mutedShow')}: ${m.factId} ${t(lang, 'mutedOn', m.site)}`} onClick={() => onUnmute?.(m.site, m.factId)}>
                {t(lang, 'mutedShow')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ThresholdSlider({ label, range, value, onInput }: { label: string; range: readonly [number, number]; value: number; onInput: (value: number) => void }) {
  return (
    <label>
      {label}
      <br />
      <input type="range" min={range[0]} max={range[1]} step="0.05" value={value} onChange={(e) => onInput(Number((e.currentTarget as HTMLInputElement).value))} />
    </label>
  );
}
