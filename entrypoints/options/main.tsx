import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import type { FactStore } from '../../components/options/types';
import { download } from '../../components/download';
import { uiLang } from '../../components/uiLang';
import { createEngine } from '../../engine/engine';
import { parseImport } from '../../importers/pack';
import { BUNDLED_FACTS, BUNDLED_FRAMES } from '../../store/bundled';
import { PuenteDB } from '../../store/db';
import { ensureSeeded, seedGate } from '../../store/seed';
import { listMutes, unmuteFact } from '../../store/mutes';
import { logFailure } from '../../diagnostics/log';
import { signalFactsChanged } from '../../messaging/facts-signal';
import { addUserFact, deleteUserFact, exportUserFacts, getBundledIds, importFacts, listUserFacts, resetToBundled, updateUserFact } from '../../store/user-facts';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Settings } from '../../settings/settings';
import '../../components/pages.css';

// The options page is an extension page: the database it opens is the extension's own.
const db = new PuenteDB();
const version = browser.runtime.getManifest().version;
// A failed seeding is tried again by the next call rather than kept as a rejection.
const ready = seedGate(() => ensureSeeded(db, BUNDLED_FACTS, BUNDLED_FRAMES, version)).ready;
// Imported ClaimReview is kept only when it is about the relationship: the engine decides the topic.
const engine = createEngine(BUNDLED_FACTS, { show: 0.4, suggest: 0.3 });
const classify = (text: string) => engine.analyze(text, { includeSuggestions: true })[0]?.topic ?? null;

/** After a change that open tabs must see (they keep their facts until told). */
async function changed<T extends { ok: boolean }>(result: T): Promise<T> {
  if (result.ok) await signalFactsChanged().catch((e: unknown) => logFailure('options', e));
  return result;
}

const store: FactStore = {
  list: async () => (await ready(), db.facts.orderBy('topic').toArray()),
  add: async (input) => changed(await addUserFact(db, input)),
  update: async (id, input) => changed(await updateUserFact(db, id, input)),
  remove: async (id) => changed(await deleteUserFact(db, id)),
  importText: async (text) => {
    await ready();
    const parsed = parseImport(text, { classify, bundledIds: await getBundledIds(db) });
    if (!parsed.ok) return parsed;
    const written = await changed(await importFacts(db, parsed.facts));
    return written.ok ? { ok: true, count: written.written } : written;
  },
  exportText: async () => ((await listUserFacts(db)).length ? exportUserFacts(db) : null),
  reset: async (keepUserFacts) => {
    const result = await changed(await resetToBundled(db, { keepUserFacts, bundled: { facts: BUNDLED_FACTS, frames: BUNDLED_FRAMES, version } }));
    if (!result.ok) logFailure('options', new Error(result.problems.map((p) => p.message).join('; ')));
  },
  mutes: async () => (await ready(), listMutes(db)),
  unmute: async (site, factId) => {
    await unmuteFact(db, site, factId);
    await changed({ ok: true });
  },
};

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void getSettings().then(setSettings, (e: unknown) => logFailure('options', e));
    return watchSettings(setSettings);
  }, []);
  const lang = useMemo(() => uiLang(settings), [settings]);
  return <Options lang={lang} settings={settings} store={store} onSettings={(patch) => void updateSettings(patch).catch((e: unknown) => logFailure('options', e))} onDownload={(name, content) => download(name, 'application/json', content)} />;
}

render(<App />, document.getElementById('app')!);
