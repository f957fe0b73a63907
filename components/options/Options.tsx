import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../engine/schema';
import { t } from '../../i18n/strings';
import type { Settings } from '../../settings/settings';
import type { Mute, StoredFact } from '../../messaging/protocol';
import { FactBrowser } from './FactBrowser';
import { ImportExport } from './ImportExport';
import { SettingsPanel } from './SettingsPanel';
import { useDocumentLang } from '../documentLang';
import type { FactStore } from './types';

export interface OptionsProps {
  lang: Lang;
  settings: Settings;
  store: FactStore;
  onSettings: (patch: Partial<Settings>) => void;
  onDownload: (name: string, content: string) => void;
}

const TABS = ['settings', 'facts', 'import'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL = { settings: 'optionsTabSettings', facts: 'optionsTabFacts', import: 'optionsTabImport' } as const;

export function Options({ lang, settings, store, onSettings, onDownload }: OptionsProps) {
  const [tab, setTab] = useState<Tab>(() => ((TABS as readonly string[]).includes(location.hash.slice(1)) ? (location.hash.slice(1) as Tab) : 'settings'));
  const [facts, setFacts] = useState<StoredFact[]>([]);
  const [mutes, setMutes] = useState<Mute[]>([]);
  const reload = useCallback(() => {
    void store.list().then(setFacts);
    void store.mutes().then(setMutes);
  }, [store]);
  useEffect(reload, [reload]);
  const statements = new Map(facts.map((f) => [f.id, f.statement[lang]]));
  useDocumentLang(lang, t(lang, 'optionsTitle'));
  const select = (id: Tab) => {
    location.hash = id;
    setTab(id);
  };
  /** The tab list's keys (WAI-ARIA tabs): Left/Right move and select, Home/End go to the ends. */
  const onTabKey = (e: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1 + TABS.length, Home: 0, End: TABS.length - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const id = TABS[next % TABS.length]!;
    select(id);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${id}`)?.focus();
  };

  return (
    <main class="classroom" lang={lang}>
      <h1>{t(lang, 'optionsTitle')}</h1>
      <div role="tablist" class="toolbar" aria-label={t(lang, 'optionsTitle')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            // Only the selected tab's panel is in the page.
            aria-controls={tab === id ? `panel-${id}` : undefined}
            // One Tab stop for the tab list (the selected tab); the arrow keys move between tabs.
            tabIndex={tab === id ? 0 : -1}
            class={tab === id ? 'primary' : ''}
            key={id}
            onClick={() => select(id)}
          >
            {t(lang, TAB_LABEL[id])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'settings' && (
          <SettingsPanel
            lang={lang}
            settings={settings}
            onChange={onSettings}
            mutes={mutes.map((m) => ({ ...m, statement: statements.get(m.factId) }))}
            onUnmute={(site, factId) => void store.unmute(site, factId).then(reload)}
          />
        )}
        {tab === 'facts' && (
          <FactBrowser
            lang={lang}
            facts={facts}
            onAdd={async (input) => {
              const r = await store.add(input);
              reload();
              return r.ok ? [] : r.problems;
            }}
            onUpdate={async (id, input) => {
              const r = await store.update(id, input);
              reload();
              return r.ok ? [] : r.problems;
            }}
            onDelete={async (id) => {
              await store.remove(id);
              reload();
            }}
          />
        )}
        {tab === 'import' && <ImportExport lang={lang} store={store} onChanged={reload} onDownload={onDownload} userFacts={facts.filter((f) => f.origin !== 'bundled').length} />}
      </div>
    </main>
  );
}
