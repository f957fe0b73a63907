import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import type { FactStore } from '../../components/options/types';
import { uiLang } from '../../components/uiLang';
import { createEngine } from '../../engine/engine';
import { parseImport } from '../../importers/pack';
import { BUNDLED_FACTS, BUNDLED_FRAMES } from '../../store/bundled';
import { PuenteDB } from '../../store/db';
import { ensureSeeded } from '../../store/seed';
import { addUserFact, deleteUserFact, exportUserFacts, getBundledIds, importFacts, listUserFacts, resetToBundled, updateUserFact } from '../../store/user-facts';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Settings } from '../../settings/settings';
import '../../components/pages.css';

// The options page is an extension page: the database it opens is the extension's own.
const db = new PuenteDB();
const version = browser.runtime.getManifest().version;
const ready = ensureSeeded(db, BUNDLED_FACTS, BUNDLED_FRAMES, version);
// Imported ClaimReview is kept only when it is about the relationship: the engine decides the topic.
const engine = createEngine(BUNDLED_FACTS, { show: 0.4, suggest: 0.3 });
const classify = (text: string) => engine.analyze(text, { includeSuggestions: true })[0]?.topic ?? null;

const store: FactStore = {
  list: async () => (await ready, db.facts.orderBy('topic').toArray()),
  add: async (input) => addUserFact(db, input),
  update: async (id, input) => updateUserFact(db, id, input),
  remove: async (id) => deleteUserFact(db, id),
  importText: async (text) => {
    await ready;
    const parsed = parseImport(text, { classify, bundledIds: await getBundledIds(db) });
    if (!parsed.ok) return parsed;
    const written = await importFacts(db, parsed.facts);
    return written.ok ? { ok: true, count: written.written } : written;
  },
  exportText: async () => ((await listUserFacts(db)).length ? exportUserFacts(db) : null),
  reset: async (keepUserFacts) => {
    await resetToBundled(db, { keepUserFacts, bundled: { facts: BUNDLED_FACTS, frames: BUNDLED_FRAMES, version } });
  },
};

function download(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const lang = useMemo(() => uiLang(settings), [settings]);
  return <Options lang={lang} settings={settings} store={store} onSettings={(patch) => void updateSettings(patch)} onDownload={download} />;
}

render(<App />, document.getElementById('app')!);
